package com.journeycrm.board;

import java.time.Duration;
import java.time.Instant;

/**
 * What a board card shows: small, read from one query, no entity graph. {@code attentionAt} is its place in the
 * column's order (and the key of the page after it).
 */
public record ClientCard(
        long id,
        String name,
        long ownerId,
        String ownerName,
        long stageId,
        Instant stageEnteredAt,
        Instant lastTouchAt,
        Instant nextTouchDue,
        Instant nextFollowUpDue,
        long version,
        Instant attentionAt) {

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
