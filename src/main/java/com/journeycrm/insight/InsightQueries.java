package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The statements of the Insights view beside the journeys: the touch points of the heat map, the two figures
 * defined in SQL, and the pages of a drill-down's clients.
 */
@Component
class InsightQueries {

    private final NamedParameterJdbcTemplate jdbc;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Touch points in the period per (stage at the time, type, direction), without the clients in each stage. For
     * everyone, the whole UTC days of the period are added up from the counts the database keeps per day (`TouchPointDays`)
     * and only the partial first and last day are read touch point by touch point; for one owner (whose touch points
     * those counts do not separate) every touch point of the period is read.
     */
    List<HeatCell> touchPoints(MapSqlParameterSource params) {
        if ((Long) params.getValue("owner") != 0L) {
            return jdbc.query("""
                    select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                    where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                    group by tp.stage_id, tp.type, tp.direction""".formatted(Journeys.owned("tp.client_id", params)), params, InsightQueries::heatCell);
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

    /** The distinct clients of a figure defined in SQL without a key (a heat-map cell: {@link #touchPointsPerClient}). */
    long[] clients(Figure.Sql figure, MapSqlParameterSource params) {
        return jdbc
                .queryForList("select distinct x.client_id from (" + figure.query(params) + ") x", params, Long.class)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The clients with touch points in a heat-map cell ("stage:TYPE:DIRECTION"), each with how many. */
    Map<Long, Long> touchPointsPerClient(MapSqlParameterSource params, Object key) {
        String[] cell = ((String) key).split(":");
        if (cell.length != 3) {
            throw new IllegalArgumentException("A heat-map cell is stage:TYPE:DIRECTION");
        }
        params.addValue("stage", Long.parseLong(cell[0]))
                .addValue("type", TouchPointType.valueOf(cell[1]).name())
                .addValue("direction", Direction.valueOf(cell[2]).name());
        Map<Long, Long> perClient = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select x.client_id, count(*) from (" + Figure.Sql.TOUCHED.query(params) + ") x group by x.client_id",
                params,
                rs -> {
                    perClient.put(rs.getLong(1), rs.getLong(2));
                });
        return perClient;
    }

    /** How many clients a figure defined in SQL counts (without a key). */
    long count(Figure.Sql figure, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*) from (" + figure.query(params) + ") x", params, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The clients with these ids: the ids are one array, whatever their number, joined to the client table by its
     * primary key (as {@code c.id = any(…)}, H2 compared each row with every id of the array).
     */
    static final String CLIENTS_OF_IDS = "unnest(:ids) as ids(i) join client c on c.id = ids.i";

    /**
     * A page of the clients with these ids, in the order given (a column of {@code select}), then by id;
     * {@code select} names them {@code %s}: {@link #CLIENTS_OF_IDS}.
     */
    <T> List<T> page(String select, String order, long[] ids, int offset, int limit, RowMapper<T> row) {
        var params = new MapSqlParameterSource()
                .addValue("ids", new SqlArrayValue("bigint", (Object[]) boxed(ids)))
                .addValue("offset", offset)
                .addValue("limit", limit);
        return jdbc.query(
                select.formatted(CLIENTS_OF_IDS) + " order by " + order
                        + ", c.id offset :offset rows fetch next :limit rows only",
                params,
                (rs, i) -> row.map(rs));
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static Long[] boxed(long[] ids) {
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return boxed;
    }

    /** The reasons given with these moves, where one was. */
    Map<Long, String> reasons(List<Long> moves) {
        Map<Long, String> reasons = new HashMap<>();
        jdbc.query(
                "select sc.id, sc.reason from unnest(:ids) as ids(i) join stage_change sc on sc.id = ids.i"
                        + " where sc.reason is not null",
                Map.of("ids", new SqlArrayValue("bigint", moves.toArray())),
                rs -> {
                    reasons.put(rs.getLong(1), rs.getString(2));
                });
        return reasons;
    }

    /** The names of these clients. */
    Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                "select c.id, c.name from " + CLIENTS_OF_IDS,
                Map.of("ids", new SqlArrayValue("bigint", ids.toArray())),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}
