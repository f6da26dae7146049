package com.journeycrm.insight;

import java.util.List;

/** Percentiles as spreadsheets and SQL's {@code percentile_cont} compute them: linear between neighbours. */
public final class Percentiles {

    private Percentiles() {
    }

    /** @return null for no values */
    public static Double of(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
