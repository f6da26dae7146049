package com.journeycrm.client;

import java.time.Instant;

/**
 * One line of a client's timeline: a touch point or a stage change. {@code touchPointId} is set for touch
 * points; {@code editable}: the caller may edit or delete it.
 */
public record TimelineEntry(Instant at, Long touchPointId, TouchPointType type, Direction direction, String title,
                            String detail, String author, String contactName, boolean editable) {

    public boolean isStageChange() {
        return touchPointId == null;
    }
}
