package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.HeatCell;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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

    /** Touch points in the period per stage at the time, type and direction, without the clients in each stage. */
    List<HeatCell> touchPoints(MapSqlParameterSource params) {
        return jdbc.query(
                """
                select tp.stage_id, tp.type, tp.direction, count(*) from touch_point tp
                where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                group by tp.stage_id, tp.type, tp.direction""".formatted(Journeys.owned("tp.client_id", params)),
                params,
                (rs, row) -> new HeatCell(
                        rs.getLong(1),
                        TouchPointType.valueOf(rs.getString(2)),
                        Direction.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        0));
    }

    /** The distinct clients of a figure defined in SQL, under the key (a heat-map cell for TOUCHED). */
    long[] clients(Figure.Sql figure, MapSqlParameterSource params, Object key) {
        if (figure == Figure.Sql.TOUCHED) {
            String[] cell = ((String) key).split(":");
            if (cell.length != 3) {
                throw new IllegalArgumentException("A heat-map cell is stage:TYPE:DIRECTION");
            }
            params.addValue("stage", Long.parseLong(cell[0]))
                    .addValue("type", TouchPointType.valueOf(cell[1]).name())
                    .addValue("direction", Direction.valueOf(cell[2]).name());
        }
        return jdbc
                .queryForList("select distinct x.client_id from (" + figure.query() + ") x", params, Long.class)
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** How many clients a figure defined in SQL counts (without a key). */
    long count(Figure.Sql figure, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*) from (" + figure.query() + ") x", params, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * A page of the clients with these ids, in the order given (a column of {@code select}), then by id. Each id is
     * looked up by the primary key: the ids are one array, whatever their number.
     */
    <T> List<T> page(String select, String order, long[] ids, int offset, int limit, RowMapper<T> row) {
        var params = new MapSqlParameterSource()
                .addValue("ids", new SqlArrayValue("bigint", (Object[]) boxed(ids)))
                .addValue("offset", offset)
                .addValue("limit", limit);
        return jdbc.query(
                select + " where c.id = any(:ids) order by " + order
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

    /** The names of these clients. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select c.id, c.name from client c where c.id in (:ids)", Map.of("ids", ids), rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        }
        return names;
    }
}
