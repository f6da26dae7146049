package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Referrer;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * grouped again by (furthest funnel step reached, hired, kind of the stage now). Each group also counts its
     * clients that arrived in each of {@code funnelStageIds} and that left Deciding with each of {@code outcomes}:
     * the funnel's entered, reached and stopped figures and the decisions are sums over these few rows
     * (ClientSets' ENTERED, REACHED, STOPPED and DECIDED define them client by client, for the drill-downs).
     */
    List<PeriodClients> periodClients(MapSqlParameterSource params, List<Long> funnelStageIds,
                                      List<Outcome> outcomes) {
        var p = new MapSqlParameterSource(params.getValues());
        var perClient = new StringBuilder();
        var sums = new StringBuilder();
        for (int i = 0; i < funnelStageIds.size(); i++) {
            p.addValue("funnel" + i, funnelStageIds.get(i));
            perClient.append(",\n max(case when sc.to_stage_id = :funnel%d then 1 else 0 end) e%d".formatted(i, i));
            sums.append(", sum(a.e").append(i).append(')');
        }
        for (int i = 0; i < outcomes.size(); i++) {
            p.addValue("outcome" + i, outcomes.get(i).name());
            perClient.append(",\n max(case when f.kind = 'DECIDING' and sc.outcome = :outcome%d then 1 else 0 end) d%d"
                    .formatted(i, i));
            sums.append(", sum(a.d").append(i).append(')');
        }
        return jdbc.query("""
                select a.furthest, a.hired, now_st.kind, count(*)%s from (
                  select sc.client_id,
                         max(case when st.phase = 'PRE_PURCHASE' and st.kind in ('STANDARD', 'DECIDING')
                                  then st.position end) furthest,
                         max(case when st.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE' then 1 else 0 end) hired%s
                  from stage_change sc join stage st on st.id = sc.to_stage_id
                    left join stage f on f.id = sc.from_stage_id
                  where %s and %s
                  group by sc.client_id) a
                  join client c on c.id = a.client_id join stage now_st on now_st.id = c.stage_id
                where %s
                group by a.furthest, a.hired, now_st.kind""".formatted(sums, perClient, ClientSets.VALID,
                ClientSets.IN_PERIOD, ClientSets.OWNER), p, (rs, i) -> {
                    long[] entered = new long[funnelStageIds.size()];
                    long[] decided = new long[outcomes.size()];
                    for (int k = 0; k < entered.length; k++) {
                        entered[k] = rs.getLong(5 + k);
                    }
                    for (int k = 0; k < decided.length; k++) {
                        decided[k] = rs.getLong(5 + entered.length + k);
                    }
                    return new PeriodClients(rs.getObject(1) == null ? null : rs.getInt(1), rs.getInt(2) == 1,
                            StageKind.valueOf(rs.getString(3)), rs.getLong(4), entered, decided);
                });
    }

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
     * Days from {@code start} to {@code end}, both timestamps with time zone, to the second: H2's DATEDIFF, which a
     * PostgreSQL migration (V17) defines alike (EXTRACT(EPOCH …) made a pass over the moves three times slower on
     * H2).
     */
    private static String days(String start, String end) {
        return "datediff('SECOND', " + start + ", " + end + ") / 86400.0";
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
                .formatted(days("sc.from_entered_at", "sc.changed_at"), ClientSets.VALID, ClientSets.IN_PERIOD,
                        owned("sc.client_id", params)), params);
    }

    /** How long the current clients have been in their stage, in days. */
    Map<Long, Spread> sitting(MapSqlParameterSource params) {
        return spreadPerStage("select c.stage_id stage_id, %s d from client c where %s".formatted(
                days("c.stage_entered_at", "cast(:now as timestamp with time zone)"), ClientSets.OWNER), params);
    }

    private Map<Long, Spread> spreadPerStage(String rows, MapSqlParameterSource params) {
        Map<Long, Spread> spreads = new HashMap<>();
        jdbc.query("""
                select x.stage_id, count(*), percentile_cont(0.5) within group (order by x.d),
                       percentile_cont(0.9) within group (order by x.d)
                from (%s) x group by x.stage_id""".formatted(rows), params, rs -> {
                    spreads.put(rs.getLong(1), new Spread(rs.getLong(2), number(rs.getObject(3)),
                            number(rs.getObject(4))));
                });
        return spreads;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** Top reasons per outcome when leaving Deciding: [outcome, reason as first written, count]. */
    List<Object[]> decisionReasons(MapSqlParameterSource params) {
        return jdbc.query("""
                select sc.outcome, min(trim(sc.reason)), count(*) from stage_change sc
                  join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING' and sc.reason is not null and trim(sc.reason) <> ''
                group by sc.outcome, lower(trim(sc.reason))
                order by count(*) desc, min(trim(sc.reason))""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                owned("sc.client_id", params)), params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    /**
     * From counted events (a "not now" decision, or an arrival between engagements, in the period) to the client's
     * first later counted arrival in an active engagement: [clients with an event, clients whose next engagement
     * began (within {@code withinDays} when given), the median gap in days of those events].
     */
    Gaps gapsToNextEngagement(Figure from, Integer withinDays, MapSqlParameterSource params) {
        String events = from == Figure.NOT_NOW_THEN_HIRED ? """
                select sc.client_id, sc.changed_at from stage_change sc
                  join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome = 'NOT_NOW'"""
                .formatted(ClientSets.VALID, ClientSets.IN_PERIOD, owned("sc.client_id", params)) : """
                select sc.client_id, sc.changed_at from stage_change sc
                  join stage st on st.id = sc.to_stage_id
                where %s and %s and %s and st.phase = 'BETWEEN_ENGAGEMENTS'"""
                .formatted(ClientSets.VALID, ClientSets.IN_PERIOD, owned("sc.client_id", params));
        String next = withinDays == null ? "g.next_at is not null"
                : "g.next_at <= g.changed_at + interval '" + withinDays + "' day";
        String sql = """
                select count(distinct g.client_id), count(distinct case when %1$s then g.client_id end),
                       percentile_cont(0.5) within group (order by case when %1$s then %2$s end)
                from (select e.client_id, e.changed_at,
                             (select min(h.changed_at) from stage_change h join stage hs on hs.id = h.to_stage_id
                              where h.client_id = e.client_id and h.changed_at > e.changed_at
                                and hs.kind = 'ACTIVE' and h.undo_of_id is null
                                and not exists (select 1 from stage_change u where u.undo_of_id = h.id)) next_at
                      from (%3$s) e) g""".formatted(next, days("g.changed_at", "g.next_at"), events);
        return jdbc.query(sql, params, rs -> {
            rs.next();
            return new Gaps(rs.getLong(1), rs.getLong(2), number(rs.getObject(3)));
        });
    }

    record Gaps(long clients, long followedUp, Double medianDays) {
    }

    List<Referrer> topReferrers(MapSqlParameterSource params, int limit) {
        return jdbc.query("""
                select r.id, r.name, count(*),
                       sum(case when exists (select 1 from stage_change sc join stage st on st.id = sc.to_stage_id
                                             where sc.client_id = c.id and st.kind = 'ACTIVE' and %s) then 1 else 0 end)
                from client c join client r on r.id = c.referred_by_id
                where c.created_at >= :from and c.created_at < :to and %s
                group by r.id, r.name order by count(*) desc, r.name fetch first %d rows only"""
                .formatted(ClientSets.VALID, ClientSets.OWNER, limit), params,
                (rs, i) -> new Referrer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** [source, clients, hired] for clients that came in during the period. */
    List<Object[]> sources(MapSqlParameterSource params) {
        return jdbc.query("""
                select c.source, count(*),
                       sum(case when exists (select 1 from stage_change sc join stage st on st.id = sc.to_stage_id
                                             where sc.client_id = c.id and st.kind = 'ACTIVE' and %s
                                               and sc.from_stage_id in (select p.id from stage p
                                                                        where p.phase = 'PRE_PURCHASE'))
                                then 1 else 0 end)
                from client c where c.created_at >= :from and c.created_at < :to and %s
                group by c.source""".formatted(ClientSets.VALID, ClientSets.OWNER), params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)});
    }

    /**
     * Touch points per (stage at the time, type, direction), and the clients in each stage during the period: a
     * stay is read from the move that ended it (which stage, since when) or, for the current one, from the client.
     */
    List<HeatCell> journeyMap(MapSqlParameterSource params) {
        Map<Long, Long> clientsInStage = new HashMap<>();
        jdbc.query("""
                select s.stage_id, count(distinct s.client_id) from (
                  select sc.client_id, sc.from_stage_id stage_id from stage_change sc
                  where sc.from_stage_id is not null and sc.changed_at > :from
                    and coalesce(sc.from_entered_at, sc.changed_at) < :to
                  union all
                  select c.id, c.stage_id from client c where c.stage_entered_at < :to) s
                where %s group by s.stage_id""".formatted(owned("s.client_id", params)), params,
                rs -> {
                    clientsInStage.put(rs.getLong(1), rs.getLong(2));
                });
        return jdbc.query("""
                select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                group by tp.stage_id, tp.type, tp.direction""".formatted(owned("tp.client_id", params)),
                params, (rs, i) -> new HeatCell(rs.getLong(1), TouchPointType.valueOf(rs.getString(2)),
                        Direction.valueOf(rs.getString(3)), rs.getLong(4), clientsInStage.getOrDefault(rs.getLong(1), 0L)))
                .stream().toList();
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
        return jdbc.query("""
                select t.month_no, t.kind, count(distinct t.client_id) from (
                  select %s month_no, sc.client_id,
                         case when sc.from_stage_id is null then 'N'
                              when st.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE' then 'H'
                              when st.kind = 'ACTIVE' and f.phase = 'BETWEEN_ENGAGEMENTS' then 'R'
                              when st.kind in ('LOST', 'GONE') then 'L' end kind
                  from stage_change sc join stage st on st.id = sc.to_stage_id
                    left join stage f on f.id = sc.from_stage_id
                  where %s and %s and %s
                    -- only moves that can be of a kind: the month is worked out for a fraction of the moves
                    and (sc.from_stage_id is null or st.kind in ('ACTIVE', 'LOST', 'GONE'))) t
                where t.kind is not null group by t.month_no, t.kind""".formatted(month, ClientSets.VALID,
                ClientSets.IN_PERIOD, owned("sc.client_id", params)), p,
                (rs, i) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)});
    }

    /** When the first counted history begins, so that an "all time" period has months only where there is data. */
    Instant firstChange(MapSqlParameterSource params) {
        var first = jdbc.queryForObject("select min(sc.changed_at) from stage_change sc where " + ClientSets.IN_PERIOD,
                params, OffsetDateTime.class);
        return first == null ? null : first.toInstant();
    }
}
