package com.journeycrm.client;

import java.time.Instant;

/** A row of the client list. */
public record ClientListItem(
        long id,
        String name,
        String industry,
        String ownerName,
        String stageName,
        Instant lastTouchAt,
        Instant nextTouchDue,
        Instant nextFollowUpDue) {

    public boolean quiet(Instant now) {
        return nextTouchDue != null && nextTouchDue.isBefore(now);
    }

    public boolean followUpOverdue(Instant now) {
        return nextFollowUpDue != null && nextFollowUpDue.isBefore(now);
    }
}
