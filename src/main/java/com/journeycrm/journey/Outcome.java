package com.journeycrm.journey;

import java.util.List;

/** The recorded outcome of a decision or of a relationship ending. */
public enum Outcome {
    HIRED("Hired"),
    NOT_NOW("Not now"),
    NO_WAY("No way"),
    GOOD_EXPERIENCE("Good experience"),
    POOR_EXPERIENCE("Poor experience");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The outcomes that make sense for a move, best guess first; empty when the move records none.
     * Leaving Deciding is a decision; entering a former-client stage judges the experience.
     */
    public static List<Outcome> choicesFor(StageKind from, StageKind to) {
        if (to == StageKind.ADVOCATE || to == StageKind.GONE) {
            return to == StageKind.ADVOCATE
                    ? List.of(GOOD_EXPERIENCE, POOR_EXPERIENCE)
                    : List.of(POOR_EXPERIENCE, GOOD_EXPERIENCE);
        }
        if (from == StageKind.DECIDING || to.outcomeOnEntry()) {
            return switch (to) {
                case NURTURE -> List.of(NOT_NOW, NO_WAY, HIRED);
                case LOST -> List.of(NO_WAY, NOT_NOW, HIRED);
                default -> List.of(HIRED, NOT_NOW, NO_WAY);
            };
        }
        return List.of();
    }
}
