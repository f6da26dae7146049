package com.journeycrm.stage;

/** A stage as the board, selectors and reminder lists show it. */
public record StageSummary(
        long id,
        String name,
        Phase phase,
        StageKind kind,
        int position,
        String colour,
        Integer quietThresholdDays,
        Integer wipLimit,
        long version) {

    public boolean overWipLimit(long count) {
        return wipLimit != null && count > wipLimit;
    }

    @Override
    public String toString() {
        return name;
    }
}
