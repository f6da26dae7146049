package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Referrer;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import com.journeycrm.stage.StageSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The insights' aggregate queries: grouped in the database, so a view costs a fixed number of statements whatever
 * the number of clients. Only what needs a median or a calendar month comes back row by row (one row per stay
 * or move in the period, two columns).
 */
@Component
class InsightQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) c ->
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }

    static MapSqlParameterSource params(InsightFilter filter, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(filter.from()))
                .addValue("to", utc(filter.to()))
                .addValue("owner", filter.ownerId() == null ? 0L : filter.ownerId())
                .addValue("now", utc(now));
    }

    /**
     * The ids of the stages of each kind the passes over the history test, and the position of every funnel stage,
     * retired stages included in both (past moves name them). The ids are bound as lists of numbers, which H2 tests
     * per move in a third of the time of a subquery on the stage table, and far cheaper than joining a stage to every
     * move. (A list is never empty: -1 names no stage.)
     */
    record StageKinds(Map<String, List<Long>> ids, Map<Long, Integer> funnelPositions) {

        MapSqlParameterSource addTo(MapSqlParameterSource params) {
            return params.addValues(ids);
        }
    }

    StageKinds stageKinds() {
        Map<String, List<Long>> ids = new HashMap<>();
        Map<Long, Integer> funnel = new LinkedHashMap<>();
        jdbc.query("select k.id, k.kind, k.phase, k.position from stage k order by k.position", rs -> {
            var kind = StageKind.valueOf(rs.getString(2));
            var phase = Phase.valueOf(rs.getString(3));
            long id = rs.getLong(1);
            add(ids, "activeStages", kind == StageKind.ACTIVE, id);
            add(ids, "decidingStages", kind == StageKind.DECIDING, id);
            add(ids, "betweenStages", phase == Phase.BETWEEN_ENGAGEMENTS, id);
            add(ids, "prePurchaseStages", phase == Phase.PRE_PURCHASE, id);
            add(ids, "lostOrGoneStages", kind == StageKind.LOST || kind == StageKind.GONE, id);
            add(ids, "trendStages", kind == StageKind.ACTIVE || kind == StageKind.LOST || kind == StageKind.GONE,
                    id);
            if (phase == Phase.PRE_PURCHASE && (kind == StageKind.STANDARD || kind == StageKind.DECIDING)) {
                funnel.put(id, rs.getInt(4));
            }
        });
        return new StageKinds(ids, funnel);
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
        Long n = jdbc.queryForObject("select count(*) from client counted where counted.id in ("
                + ClientSets.of(figure) + ")", params, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The clients with a counted arrival in the period, in one pass over the period's moves grouped by client, then
     * grouped again by what each client did and the kind of the stage it is in now. What a client did is a few bits
     * (H2 and PostgreSQL both have BIT_OR): one per funnel stage it arrived in, one for hired, one per outcome in
     * {@code outcomes} it left Deciding with — a handful of numbers per move where one column per figure cost twice
     * as much. The stage a client is in now is read per client by a subquery on H2 (as a join, H2 turned the plan
     * around and ran the grouped pass once per client) and by a join on PostgreSQL (which hashes the clients once:
     * the subquery cost it 0.27 s at 100,000 clients). The funnel's entered, reached and stopped figures and the
     * decisions are sums over the few rows this returns (ClientSets' ENTERED, REACHED, STOPPED and DECIDED define them
     * client by client, for the drill-downs).
     */
    List<PeriodClients> periodClients(MapSqlParameterSource params, List<StageSummary> funnelStages,
                                      Map<Long, Integer> funnelPositions, List<Outcome> outcomes) {
        if (outcomes.size() > BITS - 1) {
            throw new IllegalArgumentException("At most " + (BITS - 1) + " outcomes");
        }
        // a bit per funnel stage ever, retired ones included: "reached" counts arrivals in them too, as REACHED does
        List<Long> funnelEver = List.copyOf(funnelPositions.keySet());
        var p = new MapSqlParameterSource(params.getValues());
        var perClient = new StringBuilder();
        int reachedColumns = Math.max(1, (funnelEver.size() + BITS - 1) / BITS);
        for (int column = 0; column < reachedColumns; column++) {
            var bits = new StringBuilder("case sc.to_stage_id");
            for (int i = column * BITS; i < Math.min(funnelEver.size(), (column + 1) * BITS); i++) {
                p.addValue("funnel" + i, funnelEver.get(i));
                bits.append(" when :funnel").append(i).append(" then ").append(1L << (i % BITS));
            }
            perClient.append("bit_or(").append(funnelEver.isEmpty() ? "0" : bits + " else 0 end")
                    .append(") r").append(column).append(",\n");
        }
        var decided = new StringBuilder("case sc.outcome");
        for (int i = 0; i < outcomes.size(); i++) {
            p.addValue("outcome" + i, outcomes.get(i).name());
            decided.append(" when :outcome").append(i).append(" then ").append(1L << (i + 1));
        }
        String reached = IntStream.range(0, reachedColumns).mapToObj(i -> "b.r" + i)
                .collect(Collectors.joining(", "));
        return jdbc.query("""
                select %1$s, b.ends, b.kind, count(*) from (
                  select a.*, %7$s
                  from (select sc.client_id, %2$s
                               bit_or(case when sc.to_stage_id in (:activeStages)
                                            and sc.from_stage_id in (:prePurchaseStages) then 1 else 0 end
                                      + case when sc.from_stage_id in (:decidingStages)
                                             then %3$s else 0 end else 0 end) ends
                        from stage_change sc
                        where %4$s and %5$s and %6$s
                        group by sc.client_id) a%8$s) b
                group by %1$s, b.ends, b.kind""".formatted(reached, perClient, decided, ClientSets.VALID,
                ClientSets.IN_PERIOD, owned("sc.client_id", params),
                postgres ? "k.kind" : """
                        (select k.kind from client c join stage k on k.id = c.stage_id where c.id = a.client_id) kind""",
                postgres ? " join client c on c.id = a.client_id join stage k on k.id = c.stage_id" : ""),
                p, (rs, i) -> {
                    long ends = rs.getLong(reachedColumns + 1);
                    long clients = rs.getLong(reachedColumns + 3);
                    Integer furthest = null;
                    Set<Long> arrived = new HashSet<>();
                    for (int k = 0; k < funnelEver.size(); k++) {
                        if ((rs.getLong(1 + k / BITS) & (1L << (k % BITS))) != 0) {
                            arrived.add(funnelEver.get(k));
                            int at = funnelPositions.get(funnelEver.get(k));
                            furthest = furthest == null ? at : Math.max(furthest, at);
                        }
                    }
                    long[] entered = new long[funnelStages.size()];
                    for (int k = 0; k < entered.length; k++) {
                        entered[k] = arrived.contains(funnelStages.get(k).id()) ? clients : 0;
                    }
                    long[] decisions = new long[outcomes.size()];
                    for (int k = 0; k < decisions.length; k++) {
                        decisions[k] = (ends & (1L << (k + 1))) != 0 ? clients : 0;
                    }
                    return new PeriodClients(furthest, (ends & 1) != 0,
                            StageKind.valueOf(rs.getString(reachedColumns + 2)), clients, entered, decisions);
                });
    }

    /** Bits per number of a client's flags: a bigint's, less the sign. */
    private static final int BITS = 62;

    /**
     * A group of clients with a counted arrival in the period: their furthest funnel position (null: none), hired
     * or not, the kind of their stage now; how many, and how many of them entered each funnel stage and made each
     * decision (in the order asked).
     */
    record PeriodClients(Integer furthest, boolean hired, StageKind nowKind, long clients, long[] entered,
                         long[] decided) {
    }

    /**
     * Only the owner's clients, as a semi-join on a move's or touch point's client: for everyone, no client row is
     * read per move (on H2 that join was a third of a pass's time).
     */
    private static String owned(String clientId, MapSqlParameterSource params) {
        return (Long) params.getValue("owner") == 0L ? "1 = 1"
                : clientId + " in (select o.id from client o where o.owner_id = :owner)";
    }

    /**
     * Seconds from {@code start} to {@code end}, both timestamps with time zone: H2's DATEDIFF, which a PostgreSQL
     * migration (V17) defines alike (EXTRACT(EPOCH …) made a pass over the moves three times slower on H2). Medians
     * are taken of whole seconds and turned into days in Java ({@link #days}): dividing every row by 86,400.0 made
     * H2 do decimal arithmetic per move, a third of the pass.
     */
    private static String seconds(String start, String end) {
        return "datediff('SECOND', " + start + ", " + end + ")";
    }

    private static Double days(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 86_400;
    }

    /** How many, the median and the 90th percentile (percentile_cont: linear between neighbours). */
    record Spread(long count, Double median, Double p90) {

        static final Spread NONE = new Spread(0, null, null);
    }

    /** Stays that ended in the period, in days, per stage they ended in. */
    Map<Long, Spread> endedStays(MapSqlParameterSource params) {
        return spreadPerStage("""
                select sc.from_stage_id stage_id, %s d from stage_change sc
                where %s and %s and %s and sc.from_stage_id is not null and sc.from_entered_at is not null"""
                .formatted(seconds("sc.from_entered_at", "sc.changed_at"), ClientSets.VALID, ClientSets.IN_PERIOD,
                        owned("sc.client_id", params)), params);
    }

    /** How long the current clients have been in their stage, in days. */
    Map<Long, Spread> sitting(MapSqlParameterSource params) {
        return spreadPerStage("select c.stage_id stage_id, %s d from client c where %s".formatted(
                seconds("c.stage_entered_at", "cast(:now as timestamp with time zone)"), ClientSets.OWNER), params);
    }

    private Map<Long, Spread> spreadPerStage(String rows, MapSqlParameterSource params) {
        Map<Long, Spread> spreads = new HashMap<>();
        jdbc.query("""
                select x.stage_id, count(*), percentile_cont(0.5) within group (order by x.d),
                       percentile_cont(0.9) within group (order by x.d)
                from (%s) x group by x.stage_id""".formatted(rows), params, rs -> {
                    spreads.put(rs.getLong(1), new Spread(rs.getLong(2), days(rs.getObject(3)),
                            days(rs.getObject(4))));
                });
        return spreads;
    }

    /** Top reasons per outcome when leaving Deciding: [outcome, reason as first written, count]. */
    List<Object[]> decisionReasons(MapSqlParameterSource params) {
        return jdbc.query("""
                select sc.outcome, min(trim(sc.reason)), count(*) from stage_change sc
                where %s and %s and %s and sc.from_stage_id in %s
                  and sc.reason is not null and trim(sc.reason) <> ''
                group by sc.outcome, lower(trim(sc.reason))
                order by count(*) desc, min(trim(sc.reason))""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                owned("sc.client_id", params), "(:decidingStages)"), params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    /**
     * From counted events (a "not now" decision, or an arrival between engagements, in the period) to the client's
     * first later counted arrival in an active engagement: [clients with an event, clients whose next engagement
     * began (within {@code withinDays} when given), the median gap in days of those events].
     */
    Gaps gapsToNextEngagement(Figure from, Integer withinDays, MapSqlParameterSource params) {
        String events = """
                select sc.client_id, sc.changed_at from stage_change sc
                where %s and %s and %s and %s""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                owned("sc.client_id", params), from == Figure.NOT_NOW_THEN_HIRED
                        ? "sc.from_stage_id in (:decidingStages)" + " and sc.outcome = 'NOT_NOW'"
                        : "sc.to_stage_id in (:betweenStages)");
        String next = withinDays == null ? "g.next_at is not null"
                : "g.next_at <= g.changed_at + interval '" + withinDays + "' day";
        String sql = """
                select count(distinct g.client_id), count(distinct case when %1$s then g.client_id end),
                       percentile_cont(0.5) within group (order by case when %1$s then %2$s end)
                from (select e.client_id, e.changed_at,
                             (select min(h.changed_at) from stage_change h
                              where h.client_id = e.client_id and h.changed_at > e.changed_at
                                and h.to_stage_id in %4$s and %5$s) next_at
                      from (%3$s) e) g""".formatted(next, seconds("g.changed_at", "g.next_at"), events,
                "(:activeStages)", ClientSets.counts("h"));
        return jdbc.query(sql, params, rs -> {
            rs.next();
            return new Gaps(rs.getLong(1), rs.getLong(2), days(rs.getObject(3)));
        });
    }

    record Gaps(long clients, long followedUp, Double medianDays) {
    }

    /** Top referrers: how many clients each referred in the period, and how many of those began an engagement. */
    List<Referrer> topReferrers(MapSqlParameterSource params, int limit) {
        return jdbc.query("""
                select r.id, r.name, count(*),
                       sum(case when c.engagements > 0 then 1 else 0 end)
                from client c join client r on r.id = c.referred_by_id
                where c.created_at >= :from and c.created_at < :to and %s
                group by r.id, r.name order by count(*) desc, r.name fetch first %d rows only"""
                .formatted(ClientSets.OWNER, limit), params,
                (rs, i) -> new Referrer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** [source, clients, hired] for clients that came in during the period. */
    List<Object[]> sources(MapSqlParameterSource params) {
        return jdbc.query("""
                select c.source, count(*),
                       sum(case when c.hires > 0 then 1 else 0 end)
                from client c where c.created_at >= :from and c.created_at < :to and %s
                group by c.source""".formatted(ClientSets.OWNER), params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)});
    }

    /**
     * The clients in each stage at some time during the period: a stay is read from the move that ended it (which
     * stage, since when) or, for the current one, from the client. Each client counts once per stage, as its first
     * stay there in the period: the one whose earlier stay in that stage (if any) ended before the period began (V22).
     * Each half is grouped on its own: H2 wrote the union of every stay out before grouping it (five times slower).
     */
    Map<Long, Long> clientsInStage(MapSqlParameterSource params) {
        Map<Long, Long> clients = new HashMap<>();
        jdbc.query("""
                select s.stage_id, sum(s.n) from (
                  select sc.from_stage_id stage_id, count(*) n from stage_change sc
                  where sc.from_stage_id is not null and sc.changed_at > :from
                    and coalesce(sc.from_entered_at, sc.changed_at) < :to
                    and (sc.from_prev_left_at is null or sc.from_prev_left_at <= :from) and %s
                  group by sc.from_stage_id
                  union all
                  select c.stage_id, count(*) from client c where c.stage_entered_at < :to
                    and (c.stage_prev_left_at is null or c.stage_prev_left_at <= :from) and %s
                  group by c.stage_id) s
                group by s.stage_id""".formatted(owned("sc.client_id", params), ClientSets.OWNER), params,
                rs -> {
                    clients.put(rs.getLong(1), rs.getLong(2));
                });
        return clients;
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
                    group by tp.stage_id, tp.type, tp.direction""".formatted(owned("tp.client_id", params)),
                    params, InsightQueries::heatCell);
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
        days.addValue("firstDay", firstWhole).addValue("endDay", endWhole)
                .addValue("headTo", utc(wholeFrom)).addValue("tailFrom", utc(wholeTo));
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
        return new HeatCell(rs.getLong(1), TouchPointType.valueOf(rs.getString(2)),
                Direction.valueOf(rs.getString(3)), rs.getLong(4), 0);
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
                     and sum(case when co.aware and not co.bought then 1 else 0 end) = 0) t"""
                .formatted(owned("co.client_id", params)), params, Long.class);
        return n == null ? 0 : n;
    }

    /** Clients with two or more engagements, as REPEAT lists them (the client keeps the count). */
    long repeatClients(MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*) from client c where c.engagements >= 2 and "
                + ClientSets.OWNER, params, Long.class);
        return n == null ? 0 : n;
    }

    /** Clients per stage now and how many of them have gone quiet. */
    List<StageNow> stagesNow(MapSqlParameterSource params) {
        return jdbc.query("""
                select st.id, st.name, count(c.id), sum(case when c.next_touch_due < :now then 1 else 0 end)
                from stage st left join client c on c.stage_id = st.id and %s
                group by st.id, st.name, st.position order by st.position""".formatted(ClientSets.OWNER), params,
                (rs, i) -> new StageNow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * Per month (as {@code monthStarts} divide the period: instants of the user's month boundaries) and kind — N new
     * prospect, H hire, R return, L loss — how many clients: [month index, kind, clients].
     */
    List<Object[]> trends(MapSqlParameterSource params, List<Instant> monthStarts) {
        var month = new StringBuilder("case");
        var p = new MapSqlParameterSource(params.getValues());
        for (int i = 1; i < monthStarts.size(); i++) {
            month.append(" when sc.changed_at < :m").append(i).append(" then ").append(i - 1);
            p.addValue("m" + i, utc(monthStarts.get(i)));
        }
        month.append(" else ").append(monthStarts.size() - 1).append(" end");
        if (monthStarts.size() == 1) {
            // a period within one month: "case else 0 end" is no SQL
            month.setLength(0);
            month.append('0');
        }
        return jdbc.query("""
                select t.month_no, t.kind, count(distinct t.client_id) from (
                  select %1$s month_no, sc.client_id,
                         case when sc.from_stage_id is null then 'N'
                              when sc.to_stage_id in %5$s and %6$s then 'H'
                              when sc.to_stage_id in %5$s and sc.from_stage_id in %7$s then 'R'
                              when sc.to_stage_id in %8$s then 'L' end kind
                  from stage_change sc
                  where %2$s and %3$s and %4$s
                    -- only moves that can be of a kind: the month is worked out for a fraction of the moves
                    and (sc.from_stage_id is null or sc.to_stage_id in %9$s)) t
                where t.kind is not null group by t.month_no, t.kind""".formatted(month, ClientSets.VALID,
                ClientSets.IN_PERIOD, owned("sc.client_id", params), "(:activeStages)",
                "sc.from_stage_id in (:prePurchaseStages)", "(:betweenStages)",
                "(:lostOrGoneStages)",
                "(:trendStages)"), p,
                (rs, i) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)});
    }

    /** When the first counted history begins, so that an "all time" period has months only where there is data. */
    Instant firstChange(MapSqlParameterSource params) {
        // the first in index order, not min(): H2 reads the whole period's range for a min() with a condition
        return jdbc.query("select sc.changed_at from stage_change sc where " + ClientSets.IN_PERIOD
                + " order by sc.changed_at fetch first 1 rows only", params,
                rs -> rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null);
    }
}
