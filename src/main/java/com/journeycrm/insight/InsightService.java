package com.journeycrm.insight;

import com.journeycrm.base.Text;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Figure.Gaps;
import com.journeycrm.insight.Insights.Decision;
import com.journeycrm.insight.Insights.FunnelStep;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Loop;
import com.journeycrm.insight.Insights.MonthTrend;
import com.journeycrm.insight.Insights.Referrals;
import com.journeycrm.insight.Insights.Referrer;
import com.journeycrm.insight.Insights.SourceRow;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.insight.Insights.StageTime;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The journey map and its figures, read from the recorded history (stage changes, touch points), never from today's
 * counts alone. Managers and admins only: it shows everyone's clients and performance.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class InsightService {

    static final int TOP_REASONS = 3;
    static final int TOP_REFERRERS = 5;
    static final int PAGE_MAX = 500;
    /** The outcomes of leaving Deciding, as the decisions section lists them. */
    private static final List<Outcome> DECISIONS = List.of(Outcome.HIRED, Outcome.NOT_NOW, Outcome.NO_WAY);
    /** The stages a client ends in. */
    private static final Set<StageKind> END_KINDS = Set.of(StageKind.LOST, StageKind.ADVOCATE, StageKind.GONE);

    private final Journeys journeys;
    private final InsightQueries queries;
    private final SideBySide reads;
    private final Clock clock;

    InsightService(Journeys journeys, InsightQueries queries, SideBySide reads, Clock clock) {
        this.journeys = journeys;
        this.queries = queries;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Every figure of the view. Not one transaction, on purpose: the journeys, the touch points and the cross-sell
     * risk are read side by side ({@link SideBySide}), each on its own connection, so a move made meanwhile may show
     * in one and not yet in another — as it would a moment later anyway.
     */
    public Insights insights(InsightFilter filter, ZoneId zone) {
        Instant now = clock.instant();
        var params = Journeys.params(filter, now);
        var span = new Span(filter, now, journeys.stages());
        // the journeys, the longest read, take every thread of the pool; this thread reads the rest meanwhile
        var parts = java.util.stream.IntStream.range(0, reads.threads())
                .mapToObj(part -> reads.start(() -> {
                    var tally = new Tally(span, zone);
                    journeys.read(filter, now, part, reads.threads(), tally);
                    return tally;
                }))
                .toList();
        var touchPoints = queries.touchPoints(params);
        long crossSell = queries.count(Figure.Sql.CROSS_SELL, params);
        var tally = parts.stream().map(SideBySide::result).reduce(Tally::add).orElseThrow();
        var reasonOf = queries.reasons(tally.decisions());
        var stages = span.stages();
        var funnel = stages.entrySet().stream()
                .filter(s -> s.getValue().inFunnel() && !s.getValue().retired())
                .map(s -> new FunnelStep(
                        s.getKey(),
                        s.getValue().name(),
                        tally.count(Figure.ENTERED, s.getKey()),
                        tally.count(Figure.REACHED, s.getKey()),
                        tally.count(Figure.STOPPED_NOT_NOW, s.getKey()),
                        tally.count(Figure.STOPPED_LOST, s.getKey()),
                        tally.count(Figure.STOPPED_STILL_THERE, s.getKey())))
                .toList();
        var decisions = DECISIONS.stream()
                .map(o -> new Decision(
                        o,
                        tally.count(Figure.DECIDED, o),
                        tally.reasons(o, reasonOf, TOP_REASONS).stream()
                                .map(r -> r.text() + " (" + r.count() + ")")
                                .toList()))
                .toList();
        return new Insights(
                funnel,
                tally.count(Figure.HIRED, null),
                decisions,
                tally.count(Figure.NOT_NOW_THEN_HIRED, null),
                tally.medianGapDays(Gaps.NOT_NOW),
                timeInStage(stages, tally),
                new Loop(
                        tally.count(Figure.LOOP_ENTERED, null),
                        tally.count(Figure.LOOP_RETURNED, null),
                        tally.medianGapDays(Gaps.LOOP),
                        tally.count(Figure.REPEAT, null),
                        tally.count(Figure.LOOP_QUIET, null),
                        tally.count(Figure.LOOP_LEFT, null),
                        tally.count(Figure.LOOP_WAITING_QUIET, null)),
                new Referrals(
                        tally.count(Figure.ADVOCATES, null),
                        tally.count(Figure.REFERRED, null),
                        tally.count(Figure.REFERRED_HIRED, null),
                        topReferrers(tally)),
                Arrays.stream(Source.values())
                        .map(s -> new SourceRow(s, tally.count(Figure.SOURCE, s), tally.count(Figure.SOURCE_HIRED, s)))
                        .toList(),
                touchPoints.stream()
                        .map(c -> new HeatCell(
                                c.stageId(),
                                c.type(),
                                c.direction(),
                                c.touchPoints(),
                                tally.stayedIn().getOrDefault(c.stageId(), 0L)))
                        .toList(),
                stages.entrySet().stream()
                        .map(s -> new StageNow(
                                s.getKey(),
                                s.getValue().name(),
                                tally.count(Figure.IN_STAGE, s.getKey()),
                                tally.count(Figure.QUIET, s.getKey()),
                                tally.stayedIn().getOrDefault(s.getKey(), 0L)))
                        .toList(),
                tally.months().entrySet().stream()
                        .map(m -> new MonthTrend(
                                m.getKey(), m.getValue()[0], m.getValue()[1], m.getValue()[2], m.getValue()[3]))
                        .toList(),
                crossSell,
                new Insights.Headline(
                        tally.count(Figure.NEW_PROSPECT, null),
                        tally.count(Figure.HIRED, null),
                        funnel.isEmpty() ? 0 : funnel.getFirst().reached(),
                        tally.medianDaysToHire(),
                        tally.count(Figure.RETURNED, null),
                        tally.count(Figure.REFERRED, null),
                        reachedPerStage(tally),
                        trendsByMonth(tally)));
    }

    /** Not for the stages a client ends in (Lost, Former): staying there means nothing. */
    /**
     * The headline numbers alone — what the period before is compared by: a fraction of the work of {@link
     * #insights}, so that the view with its comparison stays within its time.
     */
    public Insights.Headline headline(InsightFilter filter, ZoneId zone) {
        Instant now = clock.instant();
        var span = new Span(filter, now, journeys.stages());
        var tally = java.util.stream.IntStream.range(0, reads.threads())
                .mapToObj(part -> reads.start(() -> {
                    var t = Tally.headline(span, zone);
                    journeys.read(filter, now, part, reads.threads(), true, t);
                    return t;
                }))
                .toList()
                .stream()
                .map(SideBySide::result)
                .reduce(Tally::add)
                .orElseThrow();
        long firstStep = span.stages().entrySet().stream()
                .filter(s -> s.getValue().inFunnel() && !s.getValue().retired())
                .findFirst()
                .map(s -> tally.count(Figure.REACHED, s.getKey()))
                .orElse(0L);
        return new Insights.Headline(
                tally.count(Figure.NEW_PROSPECT, null),
                tally.count(Figure.HIRED, null),
                firstStep,
                tally.medianDaysToHire(),
                tally.count(Figure.RETURNED, null),
                tally.count(Figure.REFERRED, null),
                reachedPerStage(tally),
                trendsByMonth(tally));
    }

    private static Map<java.time.YearMonth, MonthTrend> trendsByMonth(Tally tally) {
        Map<java.time.YearMonth, MonthTrend> months = new java.util.HashMap<>();
        tally.months().forEach((m, v) -> months.put(m, new MonthTrend(m, v[0], v[1], v[2], v[3])));
        return months;
    }

    /** The clients who reached each funnel stage, by its id. */
    private static Map<Long, Long> reachedPerStage(Tally tally) {
        Map<Long, Long> reached = new java.util.HashMap<>();
        tally.perKey(Figure.REACHED).forEach((stage, n) -> reached.put((Long) stage, n));
        return reached;
    }

    private static List<StageTime> timeInStage(Map<Long, Span.Stage> stages, Tally tally) {
        return stages.entrySet().stream()
                .filter(s -> !s.getValue().retired()
                        && !END_KINDS.contains(s.getValue().kind()))
                .map(s -> {
                    var ended = tally.endedStays(s.getKey());
                    var sitting = tally.sitting(s.getKey());
                    return new StageTime(
                            s.getKey(),
                            s.getValue().name(),
                            ended.count(),
                            ended.median(),
                            ended.p90(),
                            sitting.count(),
                            sitting.median(),
                            sitting.p90());
                })
                .toList();
    }

    /** The clients who referred the most in the period: how many, and how many of those began an engagement. */
    private List<Referrer> topReferrers(Tally tally) {
        var referred = tally.perKey(Figure.REFERRED);
        // names only for those that can make the top: at least as many as the last of the top by number alone
        long least = referred.values().stream()
                .sorted(Comparator.reverseOrder())
                .skip(TOP_REFERRERS - 1)
                .findFirst()
                .orElse(0L);
        var names = queries.names(referred.entrySet().stream()
                .filter(e -> e.getValue() >= least)
                .map(e -> (Long) e.getKey())
                .toList());
        return names.entrySet().stream()
                .map(e -> new Referrer(
                        e.getKey(),
                        e.getValue(),
                        referred.get(e.getKey()),
                        tally.perKey(Figure.REFERRED_HIRED).getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(Referrer::referred).reversed().thenComparing(Referrer::name))
                .limit(TOP_REFERRERS)
                .toList();
    }

    /**
     * The clients behind a figure: those its definition counts under the key (under any key: null), found as the
     * view counted them.
     *
     * @throws IllegalArgumentException if the key is not one of the figure's
     */
    public DrillDown drillDown(InsightFilter filter, Figure figure, @Nullable String key) {
        Object parsed = figure.keys().parse(key);
        Instant now = clock.instant();
        if (figure.definition() == Figure.Sql.TOUCHED) {
            var perClient = queries.touchPointsPerClient(Journeys.params(filter, now), parsed);
            long[] ids = perClient.keySet().stream().mapToLong(Long::longValue).toArray();
            String[] cell = key.split(":");
            var stage = journeys.stages().get(Long.valueOf(cell[0]));
            if (stage == null) {
                throw new IllegalArgumentException("No stage " + cell[0]);
            }
            return new DrillDown(
                    figure,
                    ids,
                    perClient,
                    new Text(
                            "insight.drillDown.cell",
                            TouchPointType.valueOf(cell[1]),
                            Direction.valueOf(cell[2]),
                            stage.name()));
        }
        if (figure.definition() instanceof Figure.Sql sql) {
            return new DrillDown(figure, queries.clients(sql, Journeys.params(filter, now)));
        }
        var span = new Span(filter, now, journeys.stages());
        var ids = new java.util.ArrayList<Long>();
        journeys.read(filter, now, journey -> {
            Set<?> keys = figure.definition().keys(journey, span);
            if (parsed == null ? !keys.isEmpty() : keys.contains(parsed)) {
                ids.add(journey.id());
            }
        });
        return new DrillDown(figure, ids.stream().mapToLong(Long::longValue).toArray());
    }

    /** The clients of a drill-down, a page at a time, sorted by "name", "stage" (journey order) or "owner". */
    public List<DrillDownRow> page(DrillDown drillDown, String sort, boolean descending, int offset, int limit) {
        return queries.page(
                """
                select c.id, c.name, s.name, u.display_name from %s join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id""",
                order(sort, descending, "c.name"),
                drillDown.ids(),
                offset,
                Math.min(limit, PAGE_MAX),
                rs -> new DrillDownRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /**
     * Typecast risk: each client with its one service, a page at a time, sorted by "name", "service", "stage" or
     * "owner".
     */
    public List<CrossSellRow> crossSell(InsightFilter filter, String sort, boolean descending, int offset, int limit) {
        return queries.page(
                """
                select c.id, c.name, o.name, s.name, u.display_name from %s
                  join client_offering co on co.client_id = c.id and co.bought
                  join offering o on o.id = co.offering_id join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id""",
                order(sort, descending, "o.name"),
                drillDown(filter, Figure.CROSS_SELL, null).ids(),
                offset,
                Math.min(limit, PAGE_MAX),
                rs -> new CrossSellRow(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    private static String order(@Nullable String sort, boolean descending, String service) {
        String column = switch (sort == null ? "name" : sort) {
            case "service" -> service;
            case "stage" -> "s.position";
            case "owner" -> "u.display_name";
            default -> "c.name";
        };
        return column + (descending ? " desc" : "");
    }
}
