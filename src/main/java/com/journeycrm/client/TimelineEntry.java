package com.journeycrm.client;

import java.time.Instant;

/**
 * One line of a client's timeline: a touch point or a stage change. {@code touchPointId} is set for touch
 * points only; {@code editable}: the caller may edit or delete it (never for a stage change, which is history).
 */
public record TimelineEntry(Instant at, Long touchPointId, TouchPointType type, Direction direction, String title,
                            String detail, String author, String contactName, boolean editable) {

    static TimelineEntry touchPoint(Instant at, long id, TouchPointType type, Direction direction, String summary,
                                    String notes, String author, String contactName, boolean editable) {
        return new TimelineEntry(at, id, type, direction, summary, notes, author, contactName, editable);
    }

    static TimelineEntry stageChange(Instant at, String title, String detail, String author) {
        return new TimelineEntry(at, null, null, null, title, detail, author, null, false);
    }

    public boolean isStageChange() {
        return touchPointId == null;
    }
}
