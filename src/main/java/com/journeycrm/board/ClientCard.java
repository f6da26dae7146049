package com.journeycrm.board;

import java.time.Duration;
import java.time.Instant;

/** What a board card shows: small, read from one query, no entity graph. */
public record ClientCard(long id, String name, long ownerId, String ownerName, long stageId, Instant stageEnteredAt,
                         Instant lastTouchAt, Instant nextTouchDue, Instant nextFollowUpDue, long version) {

    public long daysInStage(Instant now) {
        return Duration.between(stageEnteredAt, now).toDays();
    }

    /** Days since the last real contact, or null when there never was one. */
    public Long daysSinceTouch(Instant now) {
        return lastTouchAt == null ? null : Duration.between(lastTouchAt, now).toDays();
    }

    public boolean quiet(Instant now) {
        return nextTouchDue != null && nextTouchDue.isBefore(now);
    }

    public boolean followUpOverdue(Instant now) {
        return nextFollowUpDue != null && nextFollowUpDue.isBefore(now);
    }
}
