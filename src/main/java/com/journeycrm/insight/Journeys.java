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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the journeys a filter covers — its owner's clients (everyone's when none), each with its moves since the
 * period began — in two statements whatever the number of clients: the clients, then the moves in client order.
 * The moves are streamed (H2 runs the read lazily, PostgreSQL sends batches through a cursor, which needs the
 * read-only transaction) and each client's are handed on with it, never all held.
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

    /**
     * Hands each journey of the filter to {@code each}, in client order: the clients are read first (a few values
     * each), then the moves in client order, each client's handed on with them — the moves are never all held.
     */
    @Transactional(readOnly = true)
    public void read(InsightFilter filter, Instant now, Consumer<Journey> each) {
        read(filter, now, 0, 1, each);
    }

    /** The same for one of {@code parts} parts of the clients (by id), to be read side by side with the others. */
    @Transactional(readOnly = true)
    public void read(InsightFilter filter, Instant now, int part, int parts, Consumer<Journey> each) {
        read(filter, now, part, parts, false, each);
    }

    /**
     * @param withinPeriod only the moves of the period (and the undos of them made since): enough for figures of the
     *     period's own moves (the headline numbers), and half the reading when the period is the year before last
     */
    @Transactional(readOnly = true)
    public void read(
            InsightFilter filter, Instant now, int part, int parts, boolean withinPeriod, Consumer<Journey> each) {
        var params = params(filter, now).addValue("part", part).addValue("parts", parts);
        List<ClientRow> clients = new ArrayList<>();
        lazily(() -> streaming.query("""
                select c.id, c.stage_id, c.stage_entered_at, c.next_touch_due, c.engagements, c.hires, c.source,
                       c.created_at, c.referred_by_id
                from client c where (:owner = 0 or c.owner_id = :owner) and mod(c.id, :parts) = :part
                order by c.id""", params, (RowCallbackHandler) rs -> clients.add(ClientRow.of(rs, this))));
        var merge = new Merge(clients, filter.to(), each);
        lazily(() -> streaming.query(
                """
                select sc.id, sc.client_id, sc.from_stage_id, sc.to_stage_id, sc.outcome, sc.changed_at,
                       sc.from_entered_at, sc.undo_of_id, sc.imported
                from stage_change sc where sc.changed_at >= :from %s and %s and mod(sc.client_id, :parts) = :part
                order by sc.client_id, sc.changed_at, sc.id""".formatted(
                                // an undo after the period still takes back a move of it
                                withinPeriod ? "and (sc.changed_at < :to or sc.undo_of_id is not null)" : "",
                                owned("sc.client_id", params)),
                params,
                (RowCallbackHandler) rs -> merge.move(rs.getLong(2), MoveRow.of(rs, this))));
        merge.finish();
    }

    /** A client as read, before its moves. */
    private record ClientRow(
            long id,
            long stageId,
            Instant enteredStage,
            @Nullable Instant nextTouchDue,
            int engagements,
            int hires,
            Source source,
            Instant createdAt,
            @Nullable Long referredBy) {

        static ClientRow of(ResultSet rs, Journeys read) throws SQLException {
            long referrer = rs.getLong(9);
            Long referredBy = rs.wasNull() ? null : referrer;
            return new ClientRow(
                    rs.getLong(1),
                    rs.getLong(2),
                    read.instant(rs, 3),
                    read.instant(rs, 4),
                    rs.getInt(5),
                    rs.getInt(6),
                    Source.valueOf(rs.getString(7)),
                    read.instant(rs, 8),
                    referredBy);
        }
    }

    /** Both in client order: each client is handed on once its moves (if any) have all been read. */
    private static final class Merge {

        private final List<ClientRow> clients;
        private final Instant to;
        private final Consumer<Journey> each;
        private final List<MoveRow> moves = new ArrayList<>();
        private int next;
        private long movesOf = -1;

        Merge(List<ClientRow> clients, Instant to, Consumer<Journey> each) {
            this.clients = clients;
            this.to = to;
            this.each = each;
        }

        void move(long client, MoveRow move) {
            if (client != movesOf) {
                handOnUpTo(client);
                movesOf = client;
            }
            moves.add(move);
        }

        void finish() {
            handOnUpTo(Long.MAX_VALUE);
        }

        /** Every client up to this one (not included), the one whose moves were gathered with them. */
        private void handOnUpTo(long client) {
            while (next < clients.size() && clients.get(next).id() < client) {
                var c = clients.get(next++);
                // a client created since its row was read has moves but no row: it shows a moment later
                var own = c.id() == movesOf ? MoveRow.counted(moves) : List.<Move>of();
                each.accept(new Journey(
                        c.id(),
                        c.stageId(),
                        c.enteredStage(),
                        c.nextTouchDue(),
                        c.engagements(),
                        c.hires(),
                        c.source(),
                        c.createdAt(),
                        c.referredBy(),
                        MoveRow.importedArrival(moves) && c.id() == movesOf,
                        own,
                        own.stream()
                                .filter(m -> m.counted() && m.at().isBefore(to))
                                .toList()));
            }
            moves.clear();
        }
    }

    /** A move as read, before it is known whether a later one undid it. */
    private record MoveRow(
            long id,
            @Nullable Long from,
            long to,
            @Nullable Outcome outcome,
            Instant at,
            @Nullable Instant fromEntered,
            @Nullable Long undoOf,
            boolean imported) {

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
                    noUndo ? null : undoOf,
                    rs.getBoolean(9));
        }

        /** Whether the client's first stage came with it from an import (its arrival is among the moves read). */
        static boolean importedArrival(List<MoveRow> rows) {
            return rows.stream().anyMatch(r -> r.from() == null && r.imported());
        }

        /** An undo names the earlier move of the same client it undoes, which is among these if it was made since. */
        static List<Move> counted(List<MoveRow> rows) {
            var undone = new HashSet<Long>();
            rows.forEach(r -> {
                if (r.undoOf() != null) {
                    undone.add(r.undoOf());
                }
            });
            return rows.stream()
                    .map(r -> new Move(
                            r.id(),
                            r.from(),
                            r.to(),
                            r.outcome(),
                            r.at(),
                            r.fromEntered(),
                            r.undoOf() == null && !undone.contains(r.id()) && !r.imported()))
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
