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
import com.journeycrm.insight.Insights.StageTime;
import com.journeycrm.insight.PeriodFacts.Facts;
import com.journeycrm.insight.PeriodFacts.PeriodClients;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    /** Returned: a later engagement began within a year (365 days) of an arrival between engagements. */
    private static final Duration LOOP_WINDOW = Duration.ofDays(365);
    /** The outcomes of leaving Deciding, as the decisions section lists them. */
    private static final List<Outcome> DECISIONS = List.of(Outcome.HIRED, Outcome.NOT_NOW, Outcome.NO_WAY);

    private final InsightQueries queries;
    private final PeriodFacts facts;
    private final SideBySide reads;
    private final NamedParameterJdbcTemplate jdbc;
    private final StageService stages;
    private final Clock clock;

    InsightService(
            InsightQueries queries,
            PeriodFacts facts,
            SideBySide reads,
            NamedParameterJdbcTemplate jdbc,
            StageService stages,
            Clock clock) {
        this.queries = queries;
        this.facts = facts;
        this.reads = reads;
        this.jdbc = jdbc;
        this.stages = stages;
        this.clock = clock;
    }

    /**
     * Not one transaction, on purpose: the independent reads run side by side ({@link SideBySide}), each on its own
     * connection, so a move made meanwhile may show in one figure and not yet in another — as it would a moment later
     * anyway. Each read is one statement and sees a consistent database, but for the one read of today's clients
     * and the period's moves ({@link PeriodFacts}), which folds up most figures.
     */
    public Insights insights(InsightFilter filter, ZoneId zone) {
        var kinds = queries.stageKinds();
        var params = kinds.addTo(InsightQueries.params(filter, clock.instant()));
        var all = stages.listStages();
        var funnelStages = funnelStages(all);
        var period = reads.start(() -> period(params, kinds, funnelStages, filter, zone));
        var touchPoints = reads.start(() -> queries.touchPoints(params));
        var sources = reads.start(() -> sources(params));
        var crossSell = reads.start(() -> queries.typecastRisk(params));
        var referred = reads.start(
                () -> List.of(queries.count(Figure.REFERRED, params), queries.count(Figure.REFERRED_HIRED, params)));
        var referrers = reads.start(() -> queries.topReferrers(params, TOP_REFERRERS));
        var reasons = reads.start(() -> queries.decisionReasons(params));
        var facts = result(period).facts();
        var returned = facts.returned();
        return new Insights(
                funnel(funnelStages, facts.clients()),
                facts.clients().stream()
                        .filter(PeriodClients::hired)
                        .mapToLong(PeriodClients::clients)
                        .sum(),
                decisions(result(reasons), facts.clients()),
                facts.notNowThenHired().followedUp(),
                facts.notNowThenHired().medianDays(),
                timeInStage(all, facts.endedStays(), facts.sitting()),
                new Loop(
                        returned.clients(),
                        returned.followedUp(),
                        returned.medianDays(),
                        facts.repeat(),
                        facts.loopQuiet()),
                new Referrals(
                        facts.advocates(),
                        result(referred).get(0),
                        result(referred).get(1),
                        result(referrers)),
                result(sources),
                journeyMap(result(touchPoints), facts.stayedIn()),
                facts.stagesNow(),
                trends(result(period).months(), facts),
                result(crossSell));
    }

    /** How many clients a figure counts: the size of what {@link #clients} lists. */
    @Transactional(readOnly = true)
    public long count(InsightFilter filter, Figure figure, String key) {
        return queries.count(figure, withKey(InsightQueries.params(filter, clock.instant()), figure, key));
    }

    /** The clients behind a figure, a page at a time, sorted by "name", "stage" (journey order) or "owner". */
    @Transactional(readOnly = true)
    public List<DrillDownRow> clients(
            InsightFilter filter, Figure figure, String key, String sort, boolean descending, int offset, int limit) {
        var params = withKey(InsightQueries.params(filter, clock.instant()), figure, key)
                .addValue("offset", offset)
                .addValue("limit", Math.min(limit, PAGE_MAX));
        String order = switch (SORTABLE.contains(sort) ? sort : "name") {
                    case "stage" -> "s.position";
                    case "owner" -> "u.display_name";
                    default -> "c.name";
                }
                + (descending ? " desc" : "");
        return jdbc.query(
                """
                select c.id, c.name, s.name, u.display_name from client c join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id
                where c.id in (%s) order by %s, c.id offset :offset rows fetch next :limit rows only""".formatted(ClientSets.of(figure), order),
                params,
                (rs, i) -> new DrillDownRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Typecast risk: each client with its one service, a page at a time, sorted by "name", "service", "stage"
     * or "owner". */
    @Transactional(readOnly = true)
    public List<CrossSellRow> crossSell(InsightFilter filter, String sort, boolean descending, int offset, int limit) {
        String order = switch (sort == null ? "name" : sort) {
                    case "service" -> "o.name";
                    case "stage" -> "s.position";
                    case "owner" -> "u.display_name";
                    default -> "c.name";
                }
                + (descending ? " desc" : "");
        var params = InsightQueries.params(filter, clock.instant())
                .addValue("offset", offset)
                .addValue("limit", Math.min(limit, PAGE_MAX));
        return jdbc.query(
                """
                select c.id, c.name, o.name, s.name, u.display_name from client c
                  join client_offering co on co.client_id = c.id and co.bought
                  join offering o on o.id = co.offering_id join stage s on s.id = c.stage_id
                  join app_user u on u.id = c.owner_id
                where c.id in (%s) order by %s, c.id offset :offset rows fetch next :limit rows only""".formatted(ClientSets.of(Figure.CROSS_SELL), order),
                params,
                (rs, i) -> new CrossSellRow(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    private static MapSqlParameterSource withKey(MapSqlParameterSource params, Figure figure, String key) {
        if (figure == Figure.TOUCHED) {
            String[] parts = key == null ? new String[0] : key.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("A heat-map cell is stage:TYPE:DIRECTION");
            }
            return params.addValue("key", Long.parseLong(parts[0]))
                    .addValue("type", parts[1])
                    .addValue("direction", parts[2]);
        }
        return switch (figure) {
            case ENTERED,
                    REACHED,
                    STOPPED_NOT_NOW,
                    STOPPED_LOST,
                    STOPPED_STILL_THERE,
                    IN_STAGE,
                    QUIET,
                    LEFT_STAGE,
                    REFERRED_BY -> params.addValue("key", Long.parseLong(key));
            case DECIDED -> params.addValue("key", Outcome.valueOf(key).name());
            case SOURCE, SOURCE_HIRED ->
                params.addValue("key", Source.valueOf(key).name());
            default -> params;
        };
    }

    /** The funnel's stages: pre-purchase steps in journey order (not Not now or Lost, which are exits). */
    static List<StageSummary> funnelStages(List<StageSummary> all) {
        return all.stream()
                .filter(s -> s.phase() == Phase.PRE_PURCHASE
                        && (s.kind() == StageKind.STANDARD || s.kind() == StageKind.DECIDING))
                .toList();
    }

    /**
     * Reached: hired, or arrived at this step or a later one. Stopped here: reached this step but not the next (its
     * furthest step is this one and it was not hired), split by where it is now.
     */
    private static List<FunnelStep> funnel(List<StageSummary> funnelStages, List<PeriodClients> clients) {
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < funnelStages.size(); i++) {
            var stage = funnelStages.get(i);
            int at = stage.position();
            int column = i;
            long entered = clients.stream().mapToLong(c -> c.entered()[column]).sum();
            long reached = clients.stream()
                    .filter(c -> c.hired() || (c.furthest() != null && c.furthest() >= at))
                    .mapToLong(PeriodClients::clients)
                    .sum();
            var stopped = clients.stream()
                    .filter(c -> !c.hired() && c.furthest() != null && c.furthest() == at)
                    .toList();
            steps.add(new FunnelStep(
                    stage.id(),
                    stage.name(),
                    entered,
                    reached,
                    clients(stopped, k -> k == StageKind.NURTURE),
                    clients(stopped, k -> k == StageKind.LOST),
                    clients(stopped, k -> k != StageKind.NURTURE && k != StageKind.LOST)));
        }
        return steps;
    }

    private static long clients(List<PeriodClients> rows, Predicate<StageKind> now) {
        return rows.stream()
                .filter(c -> now.test(c.nowKind()))
                .mapToLong(PeriodClients::clients)
                .sum();
    }

    private static List<Decision> decisions(List<Object[]> reasonCounts, List<PeriodClients> clients) {
        Map<Outcome, List<String>> reasons = new EnumMap<>(Outcome.class);
        for (Object[] row : reasonCounts) {
            var list = reasons.computeIfAbsent(Outcome.valueOf((String) row[0]), o -> new ArrayList<>());
            if (list.size() < TOP_REASONS) {
                list.add(row[1] + " (" + row[2] + ")");
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < DECISIONS.size(); i++) {
            int column = i;
            decisions.add(new Decision(
                    DECISIONS.get(i),
                    clients.stream().mapToLong(c -> c.decided()[column]).sum(),
                    reasons.getOrDefault(DECISIONS.get(i), List.of())));
        }
        return decisions;
    }

    private static List<StageTime> timeInStage(
            List<StageSummary> all, Map<Long, Spread> ended, Map<Long, Spread> sitting) {
        return all.stream()
                .map(s -> {
                    var e = ended.getOrDefault(s.id(), Spread.NONE);
                    var n = sitting.getOrDefault(s.id(), Spread.NONE);
                    return new StageTime(
                            s.id(), s.name(), e.count(), e.median(), e.p90(), n.count(), n.median(), n.p90());
                })
                .toList();
    }

    /** The heat map's cells, each with the clients in its stage during the period. */
    private static List<HeatCell> journeyMap(List<HeatCell> touchPoints, Map<Long, Long> clientsInStage) {
        return touchPoints.stream()
                .map(c -> new HeatCell(
                        c.stageId(),
                        c.type(),
                        c.direction(),
                        c.touchPoints(),
                        clientsInStage.getOrDefault(c.stageId(), 0L)))
                .toList();
    }

    private List<SourceRow> sources(MapSqlParameterSource params) {
        Map<Source, SourceRow> rows = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            rows.put(source, new SourceRow(source, 0, 0));
        }
        for (Object[] row : queries.sources(params)) {
            var source = Source.valueOf((String) row[0]);
            rows.put(source, new SourceRow(source, (Long) row[1], (Long) row[2]));
        }
        return List.copyOf(rows.values());
    }

    /** What the period's moves add up to, with the user's calendar months that its history touches. */
    private record Period(List<YearMonth> months, Facts facts) {}

    private Period period(
            MapSqlParameterSource params,
            InsightQueries.StageKinds kinds,
            List<StageSummary> funnelStages,
            InsightFilter filter,
            ZoneId zone) {
        Instant first = queries.firstChange(params);
        List<YearMonth> months = new ArrayList<>();
        if (first != null) {
            YearMonth last = YearMonth.from(filter.to().minusNanos(1).atZone(zone));
            for (var m = YearMonth.from(first.atZone(zone)); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        var starts = months.stream()
                .map(m -> m.atDay(1).atStartOfDay(zone).toInstant())
                .toList();
        return new Period(months, facts.read(params, kinds, funnelStages, DECISIONS, starts, LOOP_WINDOW));
    }

    /**
     * Per calendar month in the user's time zone: clients (each once per month and kind) who arrived, were hired,
     * came back or were lost — the same clients a month's drill-down lists. Months without any are left out.
     */
    private static List<MonthTrend> trends(List<YearMonth> months, Facts period) {
        List<MonthTrend> trends = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            long[] c = period.trends()[i];
            if (c[0] + c[1] + c[2] + c[3] > 0) {
                trends.add(new MonthTrend(months.get(i), c[0], c[1], c[2], c[3]));
            }
        }
        return trends;
    }
}
