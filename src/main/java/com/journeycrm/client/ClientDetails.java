package com.journeycrm.client;

import java.time.Instant;

/** The client view's header and profile, read in one go. {@code editable}: the caller may change it. */
public record ClientDetails(
        long id,
        String name,
        String industry,
        String website,
        String notes,
        Source source,
        Long referredById,
        String referredByName,
        long ownerId,
        String ownerName,
        long stageId,
        String stageName,
        Integer quietThresholdDays,
        Instant stageEnteredAt,
        Instant lastTouchAt,
        TouchPointType lastTouchType,
        Instant nextTouchDue,
        Instant nextFollowUpDue,
        Instant snoozedUntil,
        String snoozeReason,
        long version,
        boolean editable) {

    public boolean quiet(Instant now) {
        return nextTouchDue != null && nextTouchDue.isBefore(now);
    }

    public boolean followUpOverdue(Instant now) {
        return nextFollowUpDue != null && nextFollowUpDue.isBefore(now);
    }
}
