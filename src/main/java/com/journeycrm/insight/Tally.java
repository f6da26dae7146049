package com.journeycrm.insight;

import com.journeycrm.insight.Figure.Gaps;
import com.journeycrm.insight.Figure.OfMoves;
import com.journeycrm.stage.Outcome;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the journeys of one filter add up to, journey by journey: each figure's clients per key (by the figure's
 * definition, as its drill-down lists them), the trends' clients per calendar month in the user's zone, and the
 * numbers that are not clients — stays, the time clients sit, the gaps to a next engagement, decision reasons.
 */
final class Tally implements Consumer<Journey> {

    /** The trends' figures, in the order of their columns: new prospects, hires, returns, losses. */
    static final List<Figure> TRENDS = List.of(Figure.NEW_PROSPECT, Figure.HIRED, Figure.RETURNED, Figure.LOST_OR_GONE);

    /** The figures defined on a journey (the others are SQL). */
    private static final List<Figure> COUNTED_HERE = java.util.Arrays.stream(Figure.values())
            .filter(f -> !(f.definition() instanceof Figure.Sql))
            .toList();

    /** How many, the median and the 90th percentile, in days. */
    record Spread(
            long count, @Nullable Double median, @Nullable Double p90) {

        static final Spread NONE = new Spread(0, null, null);

        /** Of values in seconds; percentiles as spreadsheets and SQL's percentile_cont: linear between neighbours. */
        static Spread ofSeconds(List<Long> seconds) {
            if (seconds.isEmpty()) {
                return NONE;
            }
            long[] sorted = seconds.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Spread(sorted.length, percentile(sorted, 0.5) / 86_400, percentile(sorted, 0.9) / 86_400);
        }

        private static double percentile(long[] sorted, double p) {
            double rank = p * (sorted.length - 1);
            int below = (int) Math.floor(rank);
            int above = (int) Math.ceil(rank);
            return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
        }
    }

    /** A reason given for a decision, as first written (alphabetically), and how often. */
    record Reason(String text, long count) {}

    private final Span span;
    private final ZoneId zone;
    private final Map<Figure, Map<Object, Long>> perKey = new EnumMap<>(Figure.class);
    private final Map<Figure, Long> clients = new EnumMap<>(Figure.class);
    private final Map<YearMonth, long[]> months = new TreeMap<>();
    private final Set<TrendMonth> trendMonths = new HashSet<>();

    private record TrendMonth(YearMonth month, int column) {}

    private final Map<Long, List<Long>> endedStays = new HashMap<>();
    private final Map<Long, List<Long>> sitting = new HashMap<>();
    private final Map<Long, Long> stayedIn = new HashMap<>();
    private final Map<Gaps, List<Long>> gaps = new EnumMap<>(Gaps.class);
    /** From a client's creation to each hire of the period, in seconds (an imported client's earlier life unknown). */
    private final List<Long> toHire = new ArrayList<>();
    /** The ids of the period's counted decisions, per outcome: their reasons are read by id afterwards. */
    private final Map<Outcome, List<Long>> decisions = new EnumMap<>(Outcome.class);

    /** The figures of {@link Insights.Headline}: all a comparison with the period before needs. */
    static final List<Figure> HEADLINE =
            List.of(Figure.NEW_PROSPECT, Figure.HIRED, Figure.REACHED, Figure.RETURNED, Figure.REFERRED);

    private final List<Figure> figures;
    private final boolean headlineOnly;

    Tally(Span span, ZoneId zone) {
        this(span, zone, COUNTED_HERE, false);
    }

    private Tally(Span span, ZoneId zone, List<Figure> figures, boolean headlineOnly) {
        this.span = span;
        this.zone = zone;
        this.figures = figures;
        this.headlineOnly = headlineOnly;
    }

    /** A tally of the headline figures and the time to hire alone: the period before, to compare with. */
    static Tally headline(Span span, ZoneId zone) {
        return new Tally(span, zone, HEADLINE, true);
    }

    @Override
    public void accept(Journey journey) {
        for (Figure figure : figures) {
            var keys = figure.definition().keys(journey, span);
            if (!keys.isEmpty()) {
                clients.merge(figure, 1L, Long::sum);
                var counts = perKey.computeIfAbsent(figure, f -> new HashMap<>());
                keys.forEach(key -> counts.merge(key, 1L, Long::sum));
            }
        }
        if (headlineOnly) {
            for (var m : journey.counted()) {
                trendMonthsOf(m);
                if (Figure.hired(m, span) && !journey.imported()) {
                    toHire.add(seconds(journey.createdAt(), m.at()));
                }
            }
            countTrendMonths();
            return;
        }
        for (var m : journey.counted()) {
            trendMonthsOf(m);
            if (m.fromEntered() != null) {
                endedStays.computeIfAbsent(m.from(), s -> new ArrayList<>()).add(seconds(m.fromEntered(), m.at()));
            }
            if (Figure.hired(m, span) && !journey.imported()) {
                toHire.add(seconds(journey.createdAt(), m.at()));
            }
            var decision = Figure.decision(m, span);
            if (decision != null) {
                decisions.computeIfAbsent(decision, o -> new ArrayList<>()).add(m.id());
            }
        }
        countTrendMonths();
        sitting.computeIfAbsent(journey.stageId(), s -> new ArrayList<>())
                .add(seconds(journey.enteredStage(), span.now()));
        stagesDuring(journey).forEach(stage -> stayedIn.merge(stage, 1L, Long::sum));
        for (var gap : Gaps.values()) {
            gap.followedUp(journey, span)
                    .forEach(seconds ->
                            gaps.computeIfAbsent(gap, g -> new ArrayList<>()).add(seconds));
        }
    }

    /** The trends a move counts for, in the month it was made (the user's zone). */
    private void trendMonthsOf(Journey.Move m) {
        YearMonth month = null;
        for (int i = 0; i < TRENDS.size(); i++) {
            if (((OfMoves) TRENDS.get(i).definition()).key().apply(m, span) != null) {
                month = month == null ? YearMonth.from(m.at().atZone(zone)) : month;
                trendMonths.add(new TrendMonth(month, i));
            }
        }
    }

    /** Each client once per month and trend. */
    private void countTrendMonths() {
        trendMonths.forEach(t -> months.computeIfAbsent(t.month(), k -> new long[TRENDS.size()])[t.column()]++);
        trendMonths.clear();
    }

    /**
     * The stages the client was in at some time during the period: every stay that overlaps it. A move undone (and
     * its undo) makes no stay: the client was never really there.
     */
    private java.util.Set<Long> stagesDuring(Journey journey) {
        var stages = new HashSet<Long>();
        for (var m : journey.moves()) {
            if (m.counted()
                    && m.from() != null
                    && m.at().isAfter(span.from())
                    && m.fromEntered() != null
                    && m.fromEntered().isBefore(span.to())) {
                stages.add(m.from());
            }
        }
        if (journey.enteredStage().isBefore(span.to())) {
            stages.add(journey.stageId());
        }
        return stages;
    }

    /** Adds up another part of the same filter's journeys (other clients), read side by side with this one's. */
    Tally add(Tally other) {
        other.perKey.forEach((figure, counts) -> counts.forEach(
                (key, n) -> perKey.computeIfAbsent(figure, f -> new HashMap<>()).merge(key, n, Long::sum)));
        other.clients.forEach((figure, n) -> clients.merge(figure, n, Long::sum));
        other.months.forEach((month, counts) -> {
            long[] mine = months.computeIfAbsent(month, m -> new long[TRENDS.size()]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += counts[i];
            }
        });
        other.endedStays.forEach((stage, values) ->
                endedStays.computeIfAbsent(stage, s -> new ArrayList<>()).addAll(values));
        other.sitting.forEach((stage, values) ->
                sitting.computeIfAbsent(stage, s -> new ArrayList<>()).addAll(values));
        other.stayedIn.forEach((stage, n) -> stayedIn.merge(stage, n, Long::sum));
        toHire.addAll(other.toHire);
        other.gaps.forEach((gap, values) ->
                gaps.computeIfAbsent(gap, g -> new ArrayList<>()).addAll(values));
        other.decisions.forEach((outcome, ids) ->
                decisions.computeIfAbsent(outcome, o -> new ArrayList<>()).addAll(ids));
        return this;
    }

    /** Whole seconds crossed between two instants, as H2's DATEDIFF counts them. */
    private static long seconds(Instant start, Instant end) {
        return end.getEpochSecond() - start.getEpochSecond();
    }

    /** The clients that count for the figure under the key (under any key: null). */
    long count(Figure figure, @Nullable Object key) {
        return key == null
                ? clients.getOrDefault(figure, 0L)
                : perKey.getOrDefault(figure, Map.of()).getOrDefault(key, 0L);
    }

    Map<Object, Long> perKey(Figure figure) {
        return perKey.getOrDefault(figure, Map.of());
    }

    /** Per month with any, the clients of each trend (columns as {@link #TRENDS}). */
    Map<YearMonth, long[]> months() {
        return months;
    }

    Spread endedStays(long stage) {
        return Spread.ofSeconds(endedStays.getOrDefault(stage, List.of()));
    }

    Spread sitting(long stage) {
        return Spread.ofSeconds(sitting.getOrDefault(stage, List.of()));
    }

    /** Per stage, the clients there at some time during the period. */
    Map<Long, Long> stayedIn() {
        return stayedIn;
    }

    /** The median time, in days, from an event to the engagement that followed it. */
    @Nullable
    Double medianGapDays(Gaps gap) {
        return Spread.ofSeconds(gaps.getOrDefault(gap, List.of())).median();
    }

    /** The median days from a client's creation to its hire, over the hires of the period. */
    @Nullable
    Double medianDaysToHire() {
        return Spread.ofSeconds(toHire).median();
    }

    /** Every counted decision of the period, for its reason. */
    List<Long> decisions() {
        return decisions.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The most frequent reasons given with the outcome (by the decisions' ids), at most {@code top}; a reason counts
     * whatever its case and spacing ("best  fit" is "Best fit").
     */
    List<Reason> reasons(Outcome outcome, Map<Long, String> reasonOf, int top) {
        Map<String, Reason> grouped = new HashMap<>();
        for (long id : decisions.getOrDefault(outcome, List.of())) {
            String reason = reasonOf.get(id);
            if (reason != null && !reason.isBlank()) {
                String text = reason.strip().replaceAll("\\s+", " ");
                grouped.merge(
                        text.toLowerCase(Locale.ROOT),
                        new Reason(text, 1),
                        (a, b) -> new Reason(a.text().compareTo(b.text()) <= 0 ? a.text() : b.text(), a.count() + 1));
            }
        }
        return grouped.values().stream()
                .sorted(java.util.Comparator.comparingLong(Reason::count)
                        .reversed()
                        .thenComparing(Reason::text))
                .limit(top)
                .toList();
    }
}
