package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Referrer;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The insights' grouped queries that the one read of clients and moves ({@link PeriodFacts}) does not cover, and the
 * counts behind the drill-downs: a view costs a fixed number of statements whatever the number of clients.
 */
@Component
class InsightQueries {

    private final NamedParameterJdbcTemplate jdbc;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static MapSqlParameterSource params(InsightFilter filter, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(filter.from()))
                .addValue("to", utc(filter.to()))
                .addValue("owner", filter.ownerId() == null ? 0L : filter.ownerId())
                .addValue("now", utc(now));
    }

    /**
     * The ids of the stages of each kind the passes over the history test, bound as lists of numbers (which H2 tests
     * per move in a third of the time of a subquery on the stage table; a list is never empty: -1 names no stage), the
     * kind, phase and name of each stage (in journey order) and the position of every funnel stage — retired stages included throughout (past
     * moves name them).
     */
    record StageKinds(
            Map<String, List<Long>> ids,
            Map<Long, StageKind> kindOf,
            Map<Long, Phase> phaseOf,
            Map<Long, String> names,
            Map<Long, Integer> funnelPositions) {

        MapSqlParameterSource addTo(MapSqlParameterSource params) {
            return params.addValues(ids);
        }

        /** The funnel stages ever, in journey order. */
        List<Long> funnelEver() {
            return List.copyOf(funnelPositions.keySet());
        }
    }

    StageKinds stageKinds() {
        Map<String, List<Long>> ids = new HashMap<>();
        Map<Long, StageKind> kinds = new HashMap<>();
        Map<Long, Phase> phases = new HashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Integer> funnel = new LinkedHashMap<>();
        jdbc.query("select k.id, k.kind, k.phase, k.position, k.name from stage k order by k.position", rs -> {
            var kind = StageKind.valueOf(rs.getString(2));
            var phase = Phase.valueOf(rs.getString(3));
            long id = rs.getLong(1);
            kinds.put(id, kind);
            phases.put(id, phase);
            names.put(id, rs.getString(5));
            add(ids, "activeStages", kind == StageKind.ACTIVE, id);
            add(ids, "decidingStages", kind == StageKind.DECIDING, id);
            add(ids, "betweenStages", phase == Phase.BETWEEN_ENGAGEMENTS, id);
            if (phase == Phase.PRE_PURCHASE && (kind == StageKind.STANDARD || kind == StageKind.DECIDING)) {
                funnel.put(id, rs.getInt(4));
            }
        });
        return new StageKinds(ids, kinds, phases, names, funnel);
    }

    private static void add(Map<String, List<Long>> ids, String name, boolean member, long id) {
        var list = ids.computeIfAbsent(name, n -> new ArrayList<>(List.of(-1L)));
        if (member) {
            list.add(id);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    long count(Figure figure, MapSqlParameterSource params) {
        // counted as the drill-down lists them: each client once, however many of its moves qualify
        Long n = jdbc.queryForObject(
                "select count(*) from client counted where counted.id in (" + ClientSets.of(figure) + ")",
                params,
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Only the owner's clients, as a semi-join on a move's or touch point's client: for everyone, no client row is
     * read per move (on H2 that join was a third of a pass's time).
     */
    static String owned(String clientId, MapSqlParameterSource params) {
        return (Long) params.getValue("owner") == 0L
                ? "1 = 1"
                : clientId + " in (select o.id from client o where o.owner_id = :owner)";
    }

    /** How many, the median and the 90th percentile (percentile_cont: linear between neighbours). */
    record Spread(long count, Double median, Double p90) {

        static final Spread NONE = new Spread(0, null, null);

        /** The spread of each stage's values, which are seconds, in days. */
        static Map<Long, Spread> perStage(Map<Long, LongList> seconds) {
            Map<Long, Spread> spreads = new HashMap<>();
            seconds.forEach((stage, values) -> {
                long[] sorted = values.sorted();
                spreads.put(
                        stage,
                        new Spread(
                                sorted.length,
                                Percentiles.of(sorted, 0.5) / 86_400,
                                Percentiles.of(sorted, 0.9) / 86_400));
            });
            return spreads;
        }
    }

    /** Top reasons per outcome when leaving Deciding: [outcome, reason as first written, count]. */
    List<Object[]> decisionReasons(MapSqlParameterSource params) {
        return jdbc.query(
                """
                select sc.outcome, min(trim(sc.reason)), count(*) from stage_change sc
                where %s and %s and %s and sc.from_stage_id in %s
                  and sc.reason is not null and trim(sc.reason) <> ''
                group by sc.outcome, lower(trim(sc.reason))
                order by count(*) desc, min(trim(sc.reason))""".formatted(
                        ClientSets.VALID, ClientSets.IN_PERIOD, owned("sc.client_id", params), "(:decidingStages)"),
                params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    /** Top referrers: how many clients each referred in the period, and how many of those began an engagement. */
    List<Referrer> topReferrers(MapSqlParameterSource params, int limit) {
        return jdbc.query(
                """
                select r.id, r.name, count(*),
                       sum(case when c.engagements > 0 then 1 else 0 end)
                from client c join client r on r.id = c.referred_by_id
                where c.created_at >= :from and c.created_at < :to and %s
                group by r.id, r.name order by count(*) desc, r.name fetch first %d rows only""".formatted(ClientSets.OWNER, limit),
                params,
                (rs, i) -> new Referrer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** [source, clients, hired] for clients that came in during the period. */
    List<Object[]> sources(MapSqlParameterSource params) {
        return jdbc.query("""
                select c.source, count(*),
                       sum(case when c.hires > 0 then 1 else 0 end)
                from client c where c.created_at >= :from and c.created_at < :to and %s
                group by c.source""".formatted(ClientSets.OWNER), params, (rs, i) ->
                new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)});
    }

    /**
     * Touch points in the period per (stage at the time, type, direction), without the clients in each stage. For
     * everyone, the whole UTC days of the period are added up from the counts the database keeps per day (V20, V21)
     * and only the partial first and last day are read touch point by touch point; for one owner (whose touch points
     * those counts do not separate) every touch point of the period is read.
     */
    List<HeatCell> touchPoints(MapSqlParameterSource params) {
        if ((Long) params.getValue("owner") != 0L) {
            return jdbc.query("""
                    select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                    where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                    group by tp.stage_id, tp.type, tp.direction""".formatted(owned("tp.client_id", params)), params, InsightQueries::heatCell);
        }
        var days = new MapSqlParameterSource(params.getValues());
        Instant from = ((OffsetDateTime) params.getValue("from")).toInstant();
        Instant to = ((OffsetDateTime) params.getValue("to")).toInstant();
        LocalDate firstWhole = from.atOffset(ZoneOffset.UTC).toLocalDate();
        if (!firstWhole.atStartOfDay(ZoneOffset.UTC).toInstant().equals(from)) {
            firstWhole = firstWhole.plusDays(1);
        }
        LocalDate endWhole = to.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant wholeFrom = firstWhole.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant wholeTo = endWhole.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!wholeFrom.isBefore(wholeTo)) {
            // no whole day in the period: all of it is read raw
            wholeFrom = to;
            wholeTo = to;
        }
        days.addValue("firstDay", firstWhole)
                .addValue("endDay", endWhole)
                .addValue("headTo", utc(wholeFrom))
                .addValue("tailFrom", utc(wholeTo));
        return jdbc.query("""
                select x.stage_id, x.type, x.direction, sum(x.n) from (
                  select d.stage_id, d.type, d.direction, d.touch_points n from touch_point_day d
                  where d.on_day >= :firstDay and d.on_day < :endDay and :headTo < :tailFrom
                    and d.touch_points > 0
                  union all
                  select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                  where tp.occurred_at >= :from and tp.occurred_at < :headTo
                  group by tp.stage_id, tp.type, tp.direction
                  union all
                  select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                  where tp.occurred_at >= :tailFrom and tp.occurred_at < :to and :headTo < :tailFrom
                  group by tp.stage_id, tp.type, tp.direction) x
                group by x.stage_id, x.type, x.direction having sum(x.n) > 0""", days, InsightQueries::heatCell);
    }

    private static HeatCell heatCell(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new HeatCell(
                rs.getLong(1),
                TouchPointType.valueOf(rs.getString(2)),
                Direction.valueOf(rs.getString(3)),
                rs.getLong(4),
                0);
    }

    /**
     * Clients who bought exactly one service and know of no other, as CROSS_SELL lists them: grouped on the services
     * table alone (through the client table, as the list reads them, it cost H2 three times as much).
     */
    long typecastRisk(MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("""
                select count(*) from (
                  select co.client_id from client_offering co where %s
                  group by co.client_id
                  having sum(case when co.bought then 1 else 0 end) = 1
                     and sum(case when co.aware and not co.bought then 1 else 0 end) = 0) t""".formatted(owned("co.client_id", params)), params, Long.class);
        return n == null ? 0 : n;
    }

    /** When the first counted history begins, so that an "all time" period has months only where there is data. */
    @Nullable
    Instant firstChange(MapSqlParameterSource params) {
        // the first in index order, not min(): H2 reads the whole period's range for a min() with a condition
        return jdbc.query(
                "select sc.changed_at from stage_change sc where " + ClientSets.IN_PERIOD
                        + " order by sc.changed_at fetch first 1 rows only",
                params,
                rs -> rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null);
    }
}
