package com.journeycrm.activity;

import com.journeycrm.base.Text;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.stage.Outcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a client's timeline: a touch point, a stage change or the current snooze. {@code touchPointId} is
 * set for touch points only; {@code editable}: the caller may edit or delete it (only touch points ever are: the
 * rest is history). {@code until}: when a snooze ends. {@code title} and {@code detail} are what users typed (a
 * touch point's summary and notes, a reason); {@code headline} is what the app says of a stage change or snooze, in
 * the reader's words, and {@code outcome} the outcome a move recorded.
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
        boolean editable,
        @Nullable Text headline,
        @Nullable Outcome outcome) {

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
                Kind.TOUCH_POINT,
                at,
                id,
                type,
                direction,
                summary,
                notes,
                author,
                contactName,
                null,
                editable,
                null,
                null);
    }

    static TimelineEntry stageChange(
            Instant at, Text headline, @Nullable Outcome outcome, @Nullable String reason, String author) {
        return new TimelineEntry(
                Kind.STAGE_CHANGE, at, null, null, null, null, reason, author, null, null, false, headline, outcome);
    }

    static TimelineEntry snooze(Instant at, Instant until, String reason, String author) {
        return new TimelineEntry(
                Kind.SNOOZE,
                at,
                null,
                null,
                null,
                null,
                reason,
                author,
                null,
                until,
                false,
                new Text("activity.timeline.snoozed"),
                null);
    }

    public boolean isStageChange() {
        return kind == Kind.STAGE_CHANGE;
    }

    public boolean isTouchPoint() {
        return kind == Kind.TOUCH_POINT;
    }
}
