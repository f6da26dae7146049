package com.journeycrm.insight;

import static com.journeycrm.insight.SideBySide.result;

import com.journeycrm.client.Source;
import com.journeycrm.insight.InsightQueries.Spread;
import com.journeycrm.insight.Insights.Decision;
import com.journeycrm.insight.Insights.FunnelStep;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Loop;
import com.journeycrm.insight.Insights.MonthTrend;
import com.journeycrm.insight.Insights.Referrals;
import com.journeycrm.insight.Insights.SourceRow;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.insight.Insights.StageTime;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private static final Set<String> SORTABLE = Set.of("name", "stage", "owner");
    /** The outcomes of leaving Deciding, as the decisions section lists them. */
    private static final List<Outcome> DECISIONS = List.of(Outcome.HIRED, Outcome.NOT_NOW, Outcome.NO_WAY);
    /** The figures the view shows per key (or once), each counted by its definition in one grouped statement. */
    private static final List<Figure> COUNTED = List.of(Figure.ENTERED, Figure.REACHED, Figure.STOPPED_NOT_NOW,
            Figure.STOPPED_LOST, Figure.STOPPED_STILL_THERE, Figure.HIRED, Figure.DECIDED, Figure.NOT_NOW_THEN_HIRED,
            Figure.SOURCE, Figure.SOURCE_HIRED, Figure.LOOP_ENTERED, Figure.LOOP_RETURNED, Figure.REPEAT,
            Figure.LOOP_QUIET, Figure.ADVOCATES, Figure.REFERRED, Figure.REFERRED_HIRED, Figure.IN_STAGE,
            Figure.QUIET, Figure.CROSS_SELL);
    /** The trends' columns, each a figure counted per month. */
    private static final List<Figure> TRENDS = List.of(Figure.NEW_PROSPECT, Figure.HIRED, Figure.RETURNED,
            Figure.LOST_OR_GONE);

    private final InsightQueries queries;
    private final SideBySide reads;
    private final NamedParameterJdbcTemplate jdbc;
    private final StageService stages;
    private final Clock clock;

    InsightService(InsightQueries queries, SideBySide reads, NamedParameterJdbcTemplate jdbc,
                   StageService stages, Clock clock) {
        this.queries = queries;
        this.reads = reads;
        this.jdbc = jdbc;
        this.stages = stages;
        this.clock = clock;
    }

    /**
     * Not one transaction, on purpose: the independent reads run side by side ({@link SideBySide}), each on its own
     * connection, so a move made meanwhile may show in one figure and not yet in another — as it would a moment later
     * anyway. Each read is one statement and sees a consistent database.
     */
    public Insights insights(InsightFilter filter, ZoneId zone) {
        var params = InsightQueries.params(filter, clock.instant());
        var funnelStages = funnelStages(stages.listStages());
        Map<Figure, CompletableFuture<Map<Object, Long>>> counted = new EnumMap<>(Figure.class);
        COUNTED.forEach(figure -> counted.put(figure, reads.start(() -> queries.counts(figure, params))));
        var months = reads.start(() -> months(params, filter, zone));
        var trends = TRENDS.stream().map(figure -> months.thenApplyAsync(m -> queries.perMonth(figure, params,
                m.starts()), reads::run)).toList();
        var ended = reads.start(() -> queries.endedStays(params));
        var sitting = reads.start(() -> queries.sitting(params));
        var stayedIn = reads.start(() -> queries.stayedIn(params));
        var touchPoints = reads.start(() -> queries.touchPoints(params));
        var referrers = reads.start(() -> queries.topReferrers(params, TOP_REFERRERS));
        var reasons = reads.start(() -> queries.decisionReasons(params));
        var notNowGap = reads.start(() -> queries.medianDaysToEngagement(ClientSets.NOT_NOW_EVENTS, "", params));
        var loopGap = reads.start(() -> queries.medianDaysToEngagement(ClientSets.LOOP_EVENTS,
                ClientSets.LOOP_WINDOW, params));
        Figures n = figure -> result(counted.get(figure));
        var all = stages.listStagesEver();
        return new Insights(funnel(funnelStages, n), n.one(Figure.HIRED), decisions(result(reasons), n),
                n.one(Figure.NOT_NOW_THEN_HIRED), result(notNowGap),
                timeInStage(stages.listStages(), result(ended), result(sitting)),
                new Loop(n.one(Figure.LOOP_ENTERED), n.one(Figure.LOOP_RETURNED), result(loopGap),
                        n.one(Figure.REPEAT), n.one(Figure.LOOP_QUIET)),
                new Referrals(n.one(Figure.ADVOCATES), n.one(Figure.REFERRED), n.one(Figure.REFERRED_HIRED),
                        result(referrers)),
                sources(n), journeyMap(result(touchPoints), result(stayedIn)),
                all.stream().map(s -> new StageNow(s.id(), s.name(), n.of(Figure.IN_STAGE, s.id()),
                        n.of(Figure.QUIET, s.id()))).toList(),
                trends(result(months).months(), trends.stream().map(SideBySide::result).toList()),
                n.one(Figure.CROSS_SELL));
    }

    /** The figures' numbers as counted. */
    @FunctionalInterface
    private interface Figures {
        Map<Object, Long> counts(Figure figure);

        default long of(Figure figure, Object key) {
            return counts(figure).getOrDefault(key, 0L);
        }

        default long one(Figure figure) {
            return of(figure, null);
        }
    }

    /** How many clients a figure counts: the size of what {@link #clients} lists. */
    @Transactional(readOnly = true)
    public long count(InsightFilter filter, Figure figure, String key) {
        return queries.count(figure, withKey(InsightQueries.params(filter, clock.instant()), figure, key));
    }

    /** The clients behind a figure, a page at a time, sorted by "name", "stage" (journey order) or "owner". */
    @Transactional(readOnly = true)
    public List<DrillDownRow> clients(InsightFilter filter, Figure figure, String key, String sort, boolean descending,
                                      int offset, int limit) {
        var params = withKey(InsightQueries.params(filter, clock.instant()), figure, key)
                .addValue("offset", offset).addValue("limit", Math.min(limit, PAGE_MAX));
        String order = switch (SORTABLE.contains(sort) ? sort : "name") {
            case "stage" -> "s.position";
            case "owner" -> "u.display_name";
            default -> "c.name";
        } + (descending ? " desc" : "");
        return jdbc.query("""
                select c.id, c.name, s.name, u.display_name from client c join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id
                where %s order by %s, c.id offset :offset rows fetch next :limit rows only"""
                .formatted(InsightQueries.clientsOf(figure), order), params,
                (rs, i) -> new DrillDownRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Typecast risk: each client with its one service, a page at a time, sorted by "name", "service", "stage"
     * or "owner". */
    @Transactional(readOnly = true)
    public List<CrossSellRow> crossSell(InsightFilter filter, String sort, boolean descending, int offset,
                                        int limit) {
        String order = switch (sort == null ? "name" : sort) {
            case "service" -> "o.name";
            case "stage" -> "s.position";
            case "owner" -> "u.display_name";
            default -> "c.name";
        } + (descending ? " desc" : "");
        var params = InsightQueries.params(filter, clock.instant())
                .addValue("offset", offset).addValue("limit", Math.min(limit, PAGE_MAX));
        return jdbc.query("""
                select c.id, c.name, o.name, s.name, u.display_name from client c
                  join client_offering co on co.client_id = c.id and co.bought
                  join offering o on o.id = co.offering_id join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id
                where %s order by %s, c.id offset :offset rows fetch next :limit rows only"""
                .formatted(InsightQueries.clientsOf(Figure.CROSS_SELL), order), params,
                (rs, i) -> new CrossSellRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
    }

    private static MapSqlParameterSource withKey(MapSqlParameterSource params, Figure figure, String key) {
        return figure.hasKey() ? params.addValue("key", figure.parse(key)) : params;
    }

    /** The funnel's stages: pre-purchase steps in journey order (not Not now or Lost, which are exits). */
    static List<StageSummary> funnelStages(List<StageSummary> all) {
        return all.stream().filter(s -> s.phase() == Phase.PRE_PURCHASE
                && (s.kind() == StageKind.STANDARD || s.kind() == StageKind.DECIDING)).toList();
    }

    private static List<FunnelStep> funnel(List<StageSummary> funnelStages, Figures n) {
        return funnelStages.stream().map(s -> new FunnelStep(s.id(), s.name(), n.of(Figure.ENTERED, s.id()),
                n.of(Figure.REACHED, s.id()), n.of(Figure.STOPPED_NOT_NOW, s.id()), n.of(Figure.STOPPED_LOST, s.id()),
                n.of(Figure.STOPPED_STILL_THERE, s.id()))).toList();
    }

    private static List<Decision> decisions(List<Object[]> reasonCounts, Figures n) {
        Map<Outcome, List<String>> reasons = new EnumMap<>(Outcome.class);
        for (Object[] row : reasonCounts) {
            var list = reasons.computeIfAbsent(Outcome.valueOf((String) row[0]), o -> new ArrayList<>());
            if (list.size() < TOP_REASONS) {
                list.add(row[1] + " (" + row[2] + ")");
            }
        }
        return DECISIONS.stream().map(outcome -> new Decision(outcome, n.of(Figure.DECIDED, outcome.name()),
                reasons.getOrDefault(outcome, List.of()))).toList();
    }

    private static List<StageTime> timeInStage(List<StageSummary> all, Map<Long, Spread> ended,
                                               Map<Long, Spread> sitting) {
        return all.stream().map(s -> {
            var e = ended.getOrDefault(s.id(), Spread.NONE);
            var n = sitting.getOrDefault(s.id(), Spread.NONE);
            return new StageTime(s.id(), s.name(), e.count(), e.median(), e.p90(), n.count(), n.median(), n.p90());
        }).toList();
    }

    /** The heat map's cells, each with the clients in its stage during the period. */
    private static List<HeatCell> journeyMap(List<HeatCell> touchPoints, Map<Long, Long> clientsInStage) {
        return touchPoints.stream().map(c -> new HeatCell(c.stageId(), c.type(), c.direction(), c.touchPoints(),
                clientsInStage.getOrDefault(c.stageId(), 0L))).toList();
    }

    private static List<SourceRow> sources(Figures n) {
        return Arrays.stream(Source.values()).map(source -> new SourceRow(source, n.of(Figure.SOURCE, source.name()),
                n.of(Figure.SOURCE_HIRED, source.name()))).toList();
    }

    /** The user's calendar months that the period's history touches, and the instant each begins. */
    private record Months(List<YearMonth> months, List<Instant> starts) {
    }

    private Months months(MapSqlParameterSource params, InsightFilter filter, ZoneId zone) {
        Instant first = queries.firstChange(params);
        List<YearMonth> months = new ArrayList<>();
        if (first != null) {
            YearMonth last = YearMonth.from(filter.to().minusNanos(1).atZone(zone));
            for (var m = YearMonth.from(first.atZone(zone)); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return new Months(months, months.stream().map(m -> m.atDay(1).atStartOfDay(zone).toInstant()).toList());
    }

    /**
     * Per calendar month in the user's time zone: clients (each once per month and kind) who arrived, were hired,
     * came back or were lost — the same clients a month's drill-down lists. Months without any are left out.
     */
    private static List<MonthTrend> trends(List<YearMonth> months, List<long[]> perFigure) {
        List<MonthTrend> trends = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            long[] c = new long[TRENDS.size()];
            for (int f = 0; f < c.length; f++) {
                c[f] = perFigure.get(f)[i];
            }
            if (Arrays.stream(c).sum() > 0) {
                trends.add(new MonthTrend(months.get(i), c[0], c[1], c[2], c[3]));
            }
        }
        return trends;
    }
}
