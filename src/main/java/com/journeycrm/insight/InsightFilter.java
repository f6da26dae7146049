package com.journeycrm.insight;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which history the insights read: changes at or after {@code from} and before {@code to}, of clients owned by
 * {@code ownerId} (null: everyone). The view turns "last 90 days" or a date range into these instants in the
 * user's own time zone.
 */
public record InsightFilter(
        Instant from, Instant to, @Nullable Long ownerId) {

    public InsightFilter {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A period starts before it ends");
        }
    }
}
