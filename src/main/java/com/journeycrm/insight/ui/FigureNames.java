package com.journeycrm.insight.ui;

import com.journeycrm.insight.Figure;

/** What a drill-down lists, in words. */
final class FigureNames {

    private FigureNames() {}

    static String of(Figure figure, String key) {
        return switch (figure) {
            case ENTERED -> "entered the stage in the period";
            case REACHED -> "reached the step in the period (or a later one)";
            case HIRED -> "hired in the period";
            case STOPPED_NOT_NOW -> "stopped at the step and are now in Not now";
            case STOPPED_LOST -> "stopped at the step and are now lost";
            case STOPPED_STILL_THERE -> "stopped at the step and are still before the next";
            case DECIDED -> "left Deciding with this outcome in the period";
            case NOT_NOW_THEN_HIRED -> "said not now in the period and were hired later";
            case SOURCE -> "came in through this source in the period";
            case SOURCE_HIRED -> "came in through this source in the period and were hired";
            case LOOP_ENTERED -> "arrived between engagements in the period";
            case LOOP_RETURNED -> "came back for a new engagement within 12 months";
            case REPEAT -> "started two or more engagements";
            case LOOP_QUIET -> "between engagements and gone quiet now";
            case ADVOCATES -> "former clients who are advocates now";
            case REFERRED ->
                key == null
                        ? "came in referred by a client in the period"
                        : "came in during the period referred by this client";
            case REFERRED_HIRED -> "came in referred in the period and were hired";
            case TOUCHED -> "had touch points of this kind in this stage in the period";
            case IN_STAGE -> "in this stage now";
            case QUIET -> "in this stage now and gone quiet";
            case CROSS_SELL -> "bought one service and know of no other";
            case LEFT_STAGE -> "left this stage in the period";
            case NEW_PROSPECT -> "new prospects in the period";
            case RETURNED -> "came back from between engagements in the period";
            case LOST_OR_GONE -> "lost, or gone for good, in the period";
        };
    }
}
