package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.Referrer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A figure's number per key (figures without a key: under null). */
    Map<Object, Long> counts(Figure figure, MapSqlParameterSource params) {
        Map<Object, Long> counts = new HashMap<>();
        jdbc.query("select d.k, count(distinct d.id) from (" + ClientSets.of(figure) + ") d group by d.k", params,
                rs -> {
                    counts.put(figure.key(rs.getObject(1)), rs.getLong(2));
                });
        return counts;
    }

    /** A figure's number for one key: the number of clients {@link #clientsOf} lists. */
    long count(Figure figure, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(distinct d.id) from (" + ClientSets.of(figure) + ") d where "
                + keyed(figure), params, Long.class);
        return n == null ? 0 : n;
    }

    /** The clients behind a figure's number, as a condition on {@code c.id}. */
    static String clientsOf(Figure figure) {
        return "c.id in (select d.id from (" + ClientSets.of(figure) + ") d where " + keyed(figure) + ")";
    }

    private static String keyed(Figure figure) {
        return figure.hasKey() ? "d.k = :key" : "1 = 1";
    }

    /** A dated figure's number per month: months[i] up to months[i + 1], the last up to the period's end. */
    long[] perMonth(Figure figure, MapSqlParameterSource params, List<Instant> months) {
        long[] counts = new long[months.size()];
        if (months.isEmpty()) {
            return counts;
        }
        var withMonths = new MapSqlParameterSource(params.getValues());
        var rows = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            withMonths.addValue("m" + i, utc(months.get(i)));
            withMonths.addValue("e" + i, i + 1 < months.size() ? utc(months.get(i + 1)) : params.getValue("to"));
            rows.append(i == 0 ? "" : ", ").append(
                    "(%1$d, cast(:m%1$d as timestamp with time zone), cast(:e%1$d as timestamp with time zone))"
                            .formatted(i));
        }
        jdbc.query("""
                select m.i, count(distinct d.id) from (%s) d join (values %s) m(i, s, e) on d.at >= m.s and d.at < m.e
                group by m.i""".formatted(ClientSets.of(figure), rows), withMonths, rs -> {
                    counts[rs.getInt(1)] = rs.getLong(2);
                });
        return counts;
    }

    /**
     * Only the owner's clients, as a semi-join on a move's or touch point's client: for everyone, no client row is
     * read per move (on H2 that join was a third of a pass's time).
     */
    static String owned(String clientId, MapSqlParameterSource params) {
        return (Long) params.getValue("owner") == 0L ? "1 = 1"
                : clientId + " in (select o.id from client o where o.owner_id = :owner)";
    }

    /** How many, the median and the 90th percentile in days (percentile_cont: linear between neighbours). */
    record Spread(long count, Double median, Double p90) {

        static final Spread NONE = new Spread(0, null, null);
    }

    private static final String SPREAD = """
            count(*), percentile_cont(0.5) within group (order by %1$s) / 86400,
            percentile_cont(0.9) within group (order by %1$s) / 86400""";

    /** Seconds from one time to another, as whole seconds (both databases). */
    private static String seconds(String from, String to) {
        return "(floor(extract(epoch from %s)) - floor(extract(epoch from %s)))".formatted(to, from);
    }

    /** Per stage, the stays that ended in the period: the moves out of it that LEFT_STAGE lists its clients by. */
    Map<Long, Spread> endedStays(MapSqlParameterSource params) {
        return spreads("""
                select sc.from_stage_id, %s from stage_change sc join client c on c.id = sc.client_id
                where %s and %s and %s and sc.from_entered_at is not null group by sc.from_stage_id"""
                .formatted(SPREAD.formatted(seconds("sc.from_entered_at", "sc.changed_at")), ClientSets.VALID,
                        ClientSets.IN_PERIOD, ClientSets.OWNER), params);
    }

    /** Per stage, how long its clients (IN_STAGE) have been there now. */
    Map<Long, Spread> sitting(MapSqlParameterSource params) {
        return spreads("select c.stage_id, %s from client c where %s group by c.stage_id"
                .formatted(SPREAD.formatted(seconds("c.stage_entered_at", "cast(:now as timestamp with time zone)")),
                        ClientSets.OWNER), params);
    }

    private Map<Long, Spread> spreads(String sql, MapSqlParameterSource params) {
        Map<Long, Spread> spreads = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            spreads.put(rs.getLong(1), new Spread(rs.getLong(2), rs.getDouble(3), rs.getDouble(4)));
        });
        return spreads;
    }

    /**
     * Per stage, the clients who were in it at some time during the period: a stay that overlapped it, ended (a
     * move out, counted or not) or not (where the client is now).
     */
    Map<Long, Long> stayedIn(MapSqlParameterSource params) {
        Map<Long, Long> clients = new HashMap<>();
        jdbc.query("""
                select s.stage_id, count(distinct s.client_id) from (
                  select sc.from_stage_id stage_id, sc.client_id from stage_change sc
                  where sc.from_stage_id is not null and sc.changed_at > :from
                    and coalesce(sc.from_entered_at, sc.changed_at) < :to and %s
                  union all
                  select c.stage_id, c.id from client c where c.stage_entered_at < :to and %s) s
                group by s.stage_id""".formatted(owned("sc.client_id", params), ClientSets.OWNER), params, rs -> {
                    clients.put(rs.getLong(1), rs.getLong(2));
                });
        return clients;
    }

    /**
     * The median days from each of the events to the client's first later counted arrival in an active engagement
     * (within the window, if given), of the events that were followed by one: null when none was.
     */
    Double medianDaysToEngagement(String events, String window, MapSqlParameterSource params) {
        return jdbc.queryForObject("""
                select percentile_cont(0.5) within group (order by g.secs) / 86400 from (
                  select %s secs %s) g where g.secs is not null""".formatted(seconds("sc.changed_at", """
                (select min(h.changed_at) from stage_change h join stage hs on hs.id = h.to_stage_id
                 where h.client_id = sc.client_id and h.changed_at > sc.changed_at %s and hs.kind = 'ACTIVE' and %s)"""
                .formatted(window, ClientSets.counts("h"))), events), params, Double.class);
    }

    /** Top reasons per outcome when leaving Deciding: [outcome, reason as first written, count]. */
    List<Object[]> decisionReasons(MapSqlParameterSource params) {
        return jdbc.query("""
                select sc.outcome, min(trim(sc.reason)), count(*) from stage_change sc
                  join stage f on f.id = sc.from_stage_id
                where %s and %s and %s and f.kind = 'DECIDING'
                  and sc.reason is not null and trim(sc.reason) <> ''
                group by sc.outcome, lower(trim(sc.reason))
                order by count(*) desc, min(trim(sc.reason))""".formatted(ClientSets.VALID, ClientSets.IN_PERIOD,
                owned("sc.client_id", params)), params,
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    /**
     * Top referrers: how many clients each referred in the period (REFERRED_BY, per referrer), and how many of those
     * began an engagement.
     */
    List<Referrer> topReferrers(MapSqlParameterSource params, int limit) {
        return jdbc.query("""
                select r.id, r.name, count(distinct d.id), count(distinct case when c.engagements > 0 then d.id end)
                from (%s) d join client r on r.id = d.k join client c on c.id = d.id
                group by r.id, r.name order by count(distinct d.id) desc, r.name fetch first %d rows only"""
                .formatted(ClientSets.of(Figure.REFERRED_BY), limit), params,
                (rs, i) -> new Referrer(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
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

    /** When the first counted history begins, so that an "all time" period has months only where there is data. */
    Instant firstChange(MapSqlParameterSource params) {
        // the first in index order, not min(): H2 reads the whole period's range for a min() with a condition
        return jdbc.query("select sc.changed_at from stage_change sc where " + ClientSets.IN_PERIOD
                + " order by sc.changed_at fetch first 1 rows only", params,
                rs -> rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null);
    }
}
