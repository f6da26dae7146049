package com.journeycrm.insight;

/** Percentiles as spreadsheets and SQL's {@code percentile_cont} compute them: linear between neighbours. */
final class Percentiles {

    private Percentiles() {}

    /** @param sorted at least one value, in ascending order */
    static double of(long[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
