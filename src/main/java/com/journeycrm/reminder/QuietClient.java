package com.journeycrm.reminder;

import com.journeycrm.client.TouchPointType;
import java.time.Duration;
import java.time.Instant;

/**
 * A client that has gone quiet: its next touch was due and nobody has been in touch since. {@code snoozedUntil}
 * and {@code snoozeReason}: a snooze that has run out without contact, if any.
 */
public record QuietClient(
        long id,
        String name,
        long ownerId,
        String ownerName,
        String stageName,
        Instant nextTouchDue,
        Instant lastTouchAt,
        TouchPointType lastTouchType,
        Instant snoozedUntil,
        String snoozeReason,
        long version) {

    public long daysOverdue(Instant now) {
        return Math.max(0, Duration.between(nextTouchDue, now).toDays());
    }
}
