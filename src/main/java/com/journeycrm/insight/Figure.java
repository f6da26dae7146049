package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.stage.Outcome;

/**
 * A set of clients behind one number of the Insights view. The number is the size of the set and its drill-down
 * lists the set, from one SQL definition ({@link ClientSets}): what is counted is exactly what is listed. {@code key}
 * names a stage, an outcome, a source, a referrer or a heat-map cell where the figure needs one.
 */
public enum Figure {
    /** Arrived in the stage {@code key} during the period. */
    ENTERED(Key.STAGE),
    /** Arrived in the funnel stage {@code key}, any later funnel stage, or were hired, during the period. */
    REACHED(Key.STAGE),
    /** Hired during the period: arrived in an active engagement from a pre-purchase stage. */
    HIRED(Key.NONE),
    /** Reached funnel stage {@code key} but not the next step, and are now in Not now (nurture). */
    STOPPED_NOT_NOW(Key.STAGE),
    /** … and are now lost. */
    STOPPED_LOST(Key.STAGE),
    /** … and are somewhere else (mostly still in that stage or an earlier one). */
    STOPPED_STILL_THERE(Key.STAGE),
    /** Left Deciding during the period with the outcome {@code key}. */
    DECIDED(Key.OUTCOME),
    /** Said "not now" during the period and were hired later. */
    NOT_NOW_THEN_HIRED(Key.NONE),
    /** Came in during the period (created) through the source {@code key}. */
    SOURCE(Key.SOURCE),
    /** Of those, hired at any time since. */
    SOURCE_HIRED(Key.SOURCE),
    /** Arrived between engagements during the period. */
    LOOP_ENTERED(Key.NONE),
    /** Of those, started a new engagement within 12 months of that arrival. */
    LOOP_RETURNED(Key.NONE),
    /** Started two or more engagements, ever. */
    REPEAT(Key.NONE),
    /** Between engagements now and gone quiet. */
    LOOP_QUIET(Key.NONE),
    /** Former clients who are advocates now. */
    ADVOCATES(Key.NONE),
    /** Came in during the period referred by another client. */
    REFERRED(Key.NONE),
    /** Of those, hired at any time since. */
    REFERRED_HIRED(Key.NONE),
    /** Had a touch point during the period while in the stage, type and direction {@code key} ("stage:TYPE:DIR"). */
    TOUCHED(Key.CELL),
    /** In the stage {@code key} now. */
    IN_STAGE(Key.STAGE),
    /** In the stage {@code key} now and gone quiet. */
    QUIET(Key.STAGE),
    /** Bought exactly one service and know of no other. */
    CROSS_SELL(Key.NONE),
    /** Left the stage {@code key} during the period (a stay that ended). */
    LEFT_STAGE(Key.STAGE),
    /** Came in during the period referred by the client {@code key}. */
    REFERRED_BY(Key.CLIENT),
    /** Entered their first stage during the period: new prospects. */
    NEW_PROSPECT(Key.NONE),
    /** Started a new engagement from between engagements during the period. */
    RETURNED(Key.NONE),
    /** Moved into Lost or Former — gone for good during the period (not a client's first stage: a new prospect). */
    LOST_OR_GONE(Key.NONE);

    /** What a figure's key names, and how it is written in an address. */
    enum Key {
        NONE, STAGE, CLIENT, OUTCOME, SOURCE,
        /** A heat-map cell: "stage:TYPE:DIRECTION". */
        CELL
    }

    private final Key key;

    Figure(Key key) {
        this.key = key;
    }

    boolean hasKey() {
        return key != Key.NONE;
    }

    /**
     * The key as the definition's {@code k} holds it, from its text in an address.
     *
     * @throws IllegalArgumentException when it names nothing of its kind (a tampered address)
     */
    Object parse(String text) {
        return switch (key) {
            case NONE -> null;
            case STAGE, CLIENT -> Long.parseLong(text);
            case OUTCOME -> Outcome.valueOf(text).name();
            case SOURCE -> Source.valueOf(text).name();
            case CELL -> {
                String[] parts = text == null ? new String[0] : text.split(":");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("A heat-map cell is stage:TYPE:DIRECTION");
                }
                yield Long.parseLong(parts[0]) + ":" + TouchPointType.valueOf(parts[1]).name() + ":"
                        + Direction.valueOf(parts[2]).name();
            }
        };
    }

    /** The key of a row of the definition, as {@link #parse} gives it. */
    Object key(Object column) {
        return switch (key) {
            case NONE -> null;
            case STAGE, CLIENT -> ((Number) column).longValue();
            default -> column.toString();
        };
    }
}
