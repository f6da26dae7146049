package com.journeycrm.activity;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import java.time.Instant;

/**
 * One line of a client's timeline: a touch point, a stage change or the current snooze. {@code touchPointId} is
 * set for touch points only; {@code editable}: the caller may edit or delete it (only touch points ever are: the
 * rest is history). {@code until}: when a snooze ends.
 */
public record TimelineEntry(
        Kind kind,
        Instant at,
        Long touchPointId,
        TouchPointType type,
        Direction direction,
        String title,
        String detail,
        String author,
        String contactName,
        Instant until,
        boolean editable) {

    public enum Kind {
        TOUCH_POINT,
        STAGE_CHANGE,
        SNOOZE
    }

    static TimelineEntry touchPoint(
            Instant at,
            long id,
            TouchPointType type,
            Direction direction,
            String summary,
            String notes,
            String author,
            String contactName,
            boolean editable) {
        return new TimelineEntry(
                Kind.TOUCH_POINT, at, id, type, direction, summary, notes, author, contactName, null, editable);
    }

    static TimelineEntry stageChange(Instant at, String title, String detail, String author) {
        return new TimelineEntry(Kind.STAGE_CHANGE, at, null, null, null, title, detail, author, null, null, false);
    }

    static TimelineEntry snooze(Instant at, Instant until, String reason, String author) {
        return new TimelineEntry(Kind.SNOOZE, at, null, null, null, "Snoozed", reason, author, null, until, false);
    }

    public boolean isStageChange() {
        return kind == Kind.STAGE_CHANGE;
    }

    public boolean isTouchPoint() {
        return kind == Kind.TOUCH_POINT;
    }
}
