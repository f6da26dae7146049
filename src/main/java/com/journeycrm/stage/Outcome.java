package com.journeycrm.stage;

import java.util.List;

/** The recorded outcome of a decision or of a relationship ending. */
public enum Outcome {
    HIRED,
    NOT_NOW,
    NO_WAY,
    GOOD_EXPERIENCE,
    POOR_EXPERIENCE;

    /**
     * The outcome a move records, decided by where the client goes: hired means an engagement starts, not now
     * means nurture, no way means lost; a former client's stage says how the experience was. Empty when the
     * move records none (e.g. from Deciding back to an earlier step: no decision was made).
     */
    public static List<Outcome> choicesFor(StageKind from, StageKind to) {
        return switch (to) {
            case ACTIVE -> from == StageKind.DECIDING ? List.of(HIRED) : List.of();
            case NURTURE -> List.of(NOT_NOW);
            case LOST -> List.of(NO_WAY);
            case ADVOCATE -> List.of(GOOD_EXPERIENCE);
            case GONE -> List.of(POOR_EXPERIENCE);
            case STANDARD, DECIDING -> List.of();
        };
    }
}
