package com.journeycrm.insight;

/**
 * A set of clients behind one number of the Insights view. The number is the size of the set and its drill-down
 * lists the set, from one SQL definition: what is counted is exactly what is listed. {@code key} names a stage,
 * an outcome, a source or a heat-map cell where the figure needs one.
 */
public enum Figure {
    /** Arrived in the stage {@code key} during the period. */
    ENTERED,
    /** Arrived in the funnel stage {@code key}, any later funnel stage, or were hired, during the period. */
    REACHED,
    /** Hired during the period: arrived in an active engagement from a pre-purchase stage. */
    HIRED,
    /** Reached funnel stage {@code key} but not the next step, and are now in Not now (nurture). */
    STOPPED_NOT_NOW,
    /** … and are now lost. */
    STOPPED_LOST,
    /** … and are somewhere else (mostly still in that stage or an earlier one). */
    STOPPED_STILL_THERE,
    /** Left Deciding during the period with the outcome {@code key}. */
    DECIDED,
    /** Said "not now" during the period and were hired later. */
    NOT_NOW_THEN_HIRED,
    /** Came in during the period (created) through the source {@code key}. */
    SOURCE,
    /** Of those, hired at any time since. */
    SOURCE_HIRED,
    /** Arrived between engagements during the period. */
    LOOP_ENTERED,
    /** Of those, started a new engagement within 12 months of that arrival. */
    LOOP_RETURNED,
    /** Started two or more engagements, ever. */
    REPEAT,
    /** Between engagements now and gone quiet. */
    LOOP_QUIET,
    /** Former clients who are advocates now. */
    ADVOCATES,
    /** Came in during the period referred by another client. */
    REFERRED,
    /** Of those, hired at any time since. */
    REFERRED_HIRED,
    /** Had a touch point during the period while in the stage, type and direction {@code key} ("stage:TYPE:DIR"). */
    TOUCHED,
    /** In the stage {@code key} now. */
    IN_STAGE,
    /** In the stage {@code key} now and gone quiet. */
    QUIET,
    /** Bought exactly one service and know of no other. */
    CROSS_SELL,
    /** Left the stage {@code key} during the period (a stay that ended). */
    LEFT_STAGE,
    /** Came in during the period referred by the client {@code key}. */
    REFERRED_BY,
    /** Entered their first stage during the period: new prospects. */
    NEW_PROSPECT,
    /** Started a new engagement from between engagements during the period. */
    RETURNED,
    /** Moved into Lost or Former — gone for good during the period (not a client's first stage: a new prospect). */
    LOST_OR_GONE
}
