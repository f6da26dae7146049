package com.journeycrm.insight;

import com.journeycrm.base.Database;
import com.journeycrm.client.Source;
import com.journeycrm.insight.Journey.Move;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the journeys a filter covers — its owner's clients (everyone's when none), each with its moves since the
 * period began — in two statements whatever the number of clients: the clients, and the moves in time order out of
 * their covering index ({@code ix_stage_change_time}). Both are streamed (H2 runs the reads lazily, PostgreSQL sends
 * batches through a cursor, which needs the read-only transaction); the moves are held per client until every
 * journey is handed on.
 */
@Component
class Journeys {

    private static final int BATCH = 5_000;

    private final NamedParameterJdbcTemplate streaming;
    private final Database database;

    Journeys(DataSource dataSource, Database database) {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(BATCH);
        this.streaming = new NamedParameterJdbcTemplate(jdbc);
        this.database = database;
    }

    static MapSqlParameterSource params(InsightFilter filter, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", InsightQueries.utc(filter.from()))
                .addValue("to", InsightQueries.utc(filter.to()))
                .addValue("owner", filter.ownerId() == null ? 0L : filter.ownerId())
                .addValue("now", InsightQueries.utc(now));
    }

    /** Every stage, retired ones too, in journey order. */
    @Transactional(readOnly = true)
    public Map<Long, Span.Stage> stages() {
        Map<Long, Span.Stage> stages = new LinkedHashMap<>();
        streaming.query(
                "select s.id, s.name, s.kind, s.phase, s.position, s.retired from stage s order by s.position, s.id",
                (RowCallbackHandler) rs -> stages.put(
                        rs.getLong("id"),
                        new Span.Stage(
                                rs.getString("name"),
                                StageKind.valueOf(rs.getString("kind")),
                                Phase.valueOf(rs.getString("phase")),
                                rs.getInt("position"),
                                rs.getBoolean("retired"))));
        return stages;
    }

    /** Hands each journey of the filter to {@code each}, in no particular order. */
    @Transactional(readOnly = true)
    public void read(InsightFilter filter, Instant now, Consumer<Journey> each) {
        var params = params(filter, now);
        Map<Long, List<MoveRow>> moves = new HashMap<>();
        lazily(() -> streaming.query("""
                select sc.id, sc.client_id, sc.from_stage_id, sc.to_stage_id, sc.outcome, sc.changed_at,
                       sc.from_entered_at, sc.undo_of_id
                from stage_change sc where sc.changed_at >= :from and %s
                order by sc.changed_at, sc.id""".formatted(owned("sc.client_id", params)), params, (RowCallbackHandler) rs ->
                moves.computeIfAbsent(rs.getLong(2), c -> new ArrayList<>()).add(MoveRow.of(rs, this))));
        // the reasons of the period's decisions, by id (filtered on the moves' index alone, H2 read every move's row)
        var decisions = moves.values().stream()
                .flatMap(List::stream)
                .filter(m -> m.outcome() != null && m.at().isBefore(filter.to()))
                .map(MoveRow::id)
                .toArray();
        Map<Long, String> reasons = new HashMap<>();
        streaming.query(
                "select sc.id, sc.reason from unnest(:ids) as ids(i) join stage_change sc on sc.id = ids.i where sc.reason is not null",
                Map.of("ids", new SqlArrayValue("bigint", decisions)),
                (RowCallbackHandler) rs -> reasons.put(rs.getLong(1), rs.getString(2)));
        lazily(() -> streaming.query(
                """
                select c.id, c.stage_id, c.stage_entered_at, c.next_touch_due, c.engagements, c.hires, c.source,
                       c.created_at, c.referred_by_id
                from client c where (:owner = 0 or c.owner_id = :owner)""", params, (RowCallbackHandler) rs -> each.accept(journey(rs, moves, reasons, filter.to()))));
    }

    private Journey journey(ResultSet rs, Map<Long, List<MoveRow>> moves, Map<Long, String> reasons, Instant to)
            throws SQLException {
        long id = rs.getLong(1);
        long referrer = rs.getLong(9);
        Long referredBy = rs.wasNull() ? null : referrer;
        var all = MoveRow.counted(moves.getOrDefault(id, List.of()), reasons);
        return new Journey(
                id,
                rs.getLong(2),
                instant(rs, 3),
                instant(rs, 4),
                rs.getInt(5),
                rs.getInt(6),
                Source.valueOf(rs.getString(7)),
                instant(rs, 8),
                referredBy,
                all,
                all.stream().filter(m -> m.counted() && m.at().isBefore(to)).toList());
    }

    /** A move as read, before it is known whether a later one undid it. */
    private record MoveRow(
            long id,
            @Nullable Long from,
            long to,
            @Nullable Outcome outcome,
            Instant at,
            @Nullable Instant fromEntered,
            @Nullable Long undoOf) {

        static MoveRow of(ResultSet rs, Journeys read) throws SQLException {
            long from = rs.getLong(3);
            boolean first = rs.wasNull();
            long undoOf = rs.getLong(8);
            boolean noUndo = rs.wasNull();
            String outcome = rs.getString(5);
            return new MoveRow(
                    rs.getLong(1),
                    first ? null : from,
                    rs.getLong(4),
                    outcome == null ? null : Outcome.valueOf(outcome),
                    read.instant(rs, 6),
                    read.instant(rs, 7),
                    noUndo ? null : undoOf);
        }

        /** An undo names the earlier move of the same client it undoes, which is among these if it was made since. */
        static List<Move> counted(List<MoveRow> rows, Map<Long, String> reasons) {
            var undone = new HashSet<Long>();
            rows.forEach(r -> {
                if (r.undoOf() != null) {
                    undone.add(r.undoOf());
                }
            });
            return rows.stream()
                    .map(r -> new Move(
                            r.from(),
                            r.to(),
                            r.outcome(),
                            reasons.get(r.id()),
                            r.at(),
                            r.fromEntered(),
                            r.undoOf() == null && !undone.contains(r.id())))
                    .toList();
        }
    }

    /**
     * A timestamp as an instant: H2 gives one straight from its value (through an OffsetDateTime it built a LocalDate
     * per value, an eighth of the time of reading the moves); the PostgreSQL driver only offers the OffsetDateTime.
     */
    private @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        if (database.isEmbedded()) {
            return rs.getObject(column, Instant.class);
        }
        var at = rs.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** Only the owner's clients, as a semi-join on the move's client: for everyone, no client row is read per move. */
    static String owned(String clientId, MapSqlParameterSource params) {
        return (Long) params.getValue("owner") == 0L
                ? "1 = 1"
                : clientId + " in (select o.id from client o where o.owner_id = :owner)";
    }

    /** H2 materialises a whole result before handing over its first row unless told to run it as it is read. */
    private void lazily(Runnable read) {
        if (database.isPostgres()) {
            read.run();
            return;
        }
        streaming.getJdbcTemplate().execute("set lazy_query_execution true");
        try {
            read.run();
        } finally {
            streaming.getJdbcTemplate().execute("set lazy_query_execution false");
        }
    }
}
