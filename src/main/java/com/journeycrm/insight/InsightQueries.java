package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Referrer;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.stage.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
     * One row per (furthest funnel step, hired, kind of the stage now) over the clients with a counted arrival in the
     * period: [position of the furthest funnel stage reached (null: none), 1 if hired from pre-purchase, the kind of
     * the client's stage now, clients]. The funnel's reached and stopped figures are sums over these few rows
     * (ClientSets.REACHED and STOPPED define them client by client, for the drill-downs).
     */
    List<FurthestStep> furthestSteps(MapSqlParameterSource params) {
        return jdbc.query("""
                select a.furthest, a.hired, a.now_kind, count(*) from (
                  select sc.client_id,
                         max(case when st.phase = 'PRE_PURCHASE' and st.kind in ('STANDARD', 'DECIDING')
                                  then st.position end) furthest,
                         max(case when st.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE' then 1 else 0 end) hired,
                         max(now_st.kind) now_kind
                  from stage_change sc join client c on c.id = sc.client_id join stage st on st.id = sc.to_stage_id
                    left join stage f on f.id = sc.from_stage_id join stage now_st on now_st.id = c.stage_id
                  where %s and %s and %s
                  group by sc.client_id) a
                group by a.furthest, a.hired, a.now_kind""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                ClientSets.OWNER), params, (rs, i) -> new FurthestStep(
                rs.getObject(1) == null ? null : rs.getInt(1), rs.getInt(2) == 1,
                StageKind.valueOf(rs.getString(3)), rs.getLong(4)));
    }

    record FurthestStep(Integer position, boolean hired, StageKind nowKind, long clients) {
    }

    /** Clients with a counted arrival in each stage during the period (ClientSets' ENTERED, for every stage). */
    Map<Long, Long> enteredPerStage(MapSqlParameterSource params) {
        Map<Long, Long> entered = new HashMap<>();
        jdbc.query("""
                select sc.to_stage_id, count(distinct sc.client_id) from stage_change sc
                  join client c on c.id = sc.client_id
                where %s and %s and %s group by sc.to_stage_id""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                ClientSets.OWNER), params, rs -> {
                    entered.put(rs.getLong(1), rs.getLong(2));
                });
        return entered;
    }

    /** Clients per outcome of leaving Deciding in the period (ClientSets' DECIDED, for every outcome). */
    Map<String, Long> decidedPerOutcome(MapSqlParameterSource params) {
        Map<String, Long> decided = new HashMap<>();
        jdbc.query("""
                select sc.outcome, count(distinct sc.client_id) from stage_change sc
                  join client c on c.id = sc.client_id join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome is not null
                group by sc.outcome""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD, ClientSets.OWNER), params,
                rs -> {
                    decided.put(rs.getString(1), rs.getLong(2));
                });
        return decided;
    }

    /** Stays that ended in the period, in days, per stage they ended in. */
    Map<Long, List<Double>> endedStays(MapSqlParameterSource params) {
        return daysPerStage("""
                select sc.from_stage_id, sc.from_entered_at, sc.changed_at from stage_change sc
                  join client c on c.id = sc.client_id
                where %s and %s and %s and sc.from_stage_id is not null and sc.from_entered_at is not null"""
                .formatted(ClientSets.VALID, ClientSets.IN_PERIOD, ClientSets.OWNER), params);
    }

    /** How long each current client has been in its stage, in days. */
    Map<Long, List<Double>> sitting(MapSqlParameterSource params) {
        return daysPerStage("select c.stage_id, c.stage_entered_at, cast(:now as timestamp with time zone) "
                + "from client c where " + ClientSets.OWNER, params);
    }

    private Map<Long, List<Double>> daysPerStage(String sql, MapSqlParameterSource params) {
        Map<Long, List<Double>> days = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            var start = rs.getObject(2, OffsetDateTime.class).toInstant();
            var end = rs.getObject(3, OffsetDateTime.class).toInstant();
            days.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(Duration.between(start, end).toMinutes() / (24.0 * 60));
        });
        return days;
    }

    /** Top reasons per outcome when leaving Deciding: [outcome, reason as first written, count]. */
    List<Object[]> decisionReasons(MapSqlParameterSource params) {
        return jdbc.query("""
                select sc.outcome, min(trim(sc.reason)), count(*) from stage_change sc
                  join client c on c.id = sc.client_id join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING' and sc.reason is not null and trim(sc.reason) <> ''
                group by sc.outcome, lower(trim(sc.reason))
                order by count(*) desc, min(trim(sc.reason))""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                ClientSets.OWNER), params, (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    /**
     * Each counted event (a "not now" decision, or an arrival between engagements, in the period) with the time to
     * the client's first later counted arrival in an active engagement (null when there is none).
     */
    List<Gap> gapsToNextEngagement(Figure from, MapSqlParameterSource params) {
        String events = from == Figure.NOT_NOW_THEN_HIRED ? """
                select sc.client_id, sc.changed_at from stage_change sc join client c on c.id = sc.client_id
                  join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome = 'NOT_NOW'"""
                .formatted(ClientSets.VALID, ClientSets.IN_PERIOD, ClientSets.OWNER) : """
                select sc.client_id, sc.changed_at from stage_change sc join client c on c.id = sc.client_id
                  join stage st on st.id = sc.to_stage_id
                where %s and %s and %s and st.phase = 'BETWEEN_ENGAGEMENTS'"""
                .formatted(ClientSets.VALID, ClientSets.IN_PERIOD, ClientSets.OWNER);
        String sql = """
                select e.changed_at, e.client_id, (select min(h.changed_at) from stage_change h join stage hs on hs.id = h.to_stage_id
                                      where h.client_id = e.client_id and h.changed_at > e.changed_at
                                        and hs.kind = 'ACTIVE' and h.undo_of_id is null
                                        and not exists (select 1 from stage_change u where u.undo_of_id = h.id))
                from (%s) e""".formatted(events);
        return jdbc.query(sql, params, (rs, i) -> {
            var next = rs.getObject(3, OffsetDateTime.class);
            return new Gap(rs.getLong(2), next == null ? null : Duration.between(rs.getObject(1, OffsetDateTime.class),
                    next));
        });
    }

    /** @param untilNext null when the client never started an engagement afterwards */
    record Gap(long clientId, Duration untilNext) {

        double days() {
            return untilNext.toMinutes() / (24.0 * 60);
        }
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

    /** Touch points per (stage at the time, type, direction), and the clients in each stage during the period. */
    List<HeatCell> journeyMap(MapSqlParameterSource params) {
        Map<Long, Long> clientsInStage = new HashMap<>();
        jdbc.query("""
                select s.to_stage_id, count(distinct s.client_id) from (
                  select sc.client_id, sc.to_stage_id, sc.changed_at,
                         lead(sc.changed_at) over (partition by sc.client_id order by sc.changed_at, sc.id) left_at
                  from stage_change sc) s join client c on c.id = s.client_id
                where s.changed_at < :to and (s.left_at is null or s.left_at > :from) and %s
                group by s.to_stage_id""".formatted(ClientSets.OWNER), params,
                rs -> {
                    clientsInStage.put(rs.getLong(1), rs.getLong(2));
                });
        return jdbc.query("""
                select x.stage_id, x.type, x.direction, count(*) from (
                  select %s stage_id, tp.type, tp.direction from touch_point tp join client c on c.id = tp.client_id
                  where tp.occurred_at >= :from and tp.occurred_at < :to and %s) x
                group by x.stage_id, x.type, x.direction""".formatted(ClientSets.STAGE_AT_TOUCH, ClientSets.OWNER),
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

    /** Each counted move in the period as [instant, category, client]: N new prospect, H hire, R return, L loss. */
    List<Object[]> trendEvents(MapSqlParameterSource params) {
        return jdbc.query("""
                select sc.changed_at, sc.client_id,
                       case when sc.from_stage_id is null then 'N'
                            when st.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE' then 'H'
                            when st.kind = 'ACTIVE' and f.phase = 'BETWEEN_ENGAGEMENTS' then 'R'
                            when st.kind in ('LOST', 'GONE') then 'L' end
                from stage_change sc join client c on c.id = sc.client_id join stage st on st.id = sc.to_stage_id
                  left join stage f on f.id = sc.from_stage_id
                where %s and %s and %s""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD, ClientSets.OWNER), params,
                (rs, i) -> new Object[] {rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getLong(2)});
    }
}
