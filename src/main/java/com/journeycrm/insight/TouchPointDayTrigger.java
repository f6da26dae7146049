package com.journeycrm.insight;

import com.journeycrm.base.H2Triggers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * H2's side of "the database counts touch points per day" (migrations V20, V21): after a touch point is logged,
 * re-timed, re-staged, retyped or deleted, the counts of its old and new (UTC day, stage, type, direction) follow —
 * in key order, so that two such edits never wait for each other.
 */
public class TouchPointDayTrigger implements Trigger {

    private Map<String, Integer> columns;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        columns = H2Triggers.columns(conn, schemaName, tableName, "occurred_at", "stage_id", "type", "direction");
    }

    private record Cell(LocalDate day, long stage, String type, String direction) {}

    private record Change(Cell cell, int delta) {}

    private Cell cell(Object[] row) {
        var at = (OffsetDateTime) row[columns.get("occurred_at")];
        return new Cell(
                at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                ((Number) row[columns.get("stage_id")]).longValue(),
                (String) row[columns.get("type")],
                (String) row[columns.get("direction")]);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Cell before = oldRow == null ? null : cell(oldRow);
        Cell after = newRow == null ? null : cell(newRow);
        if (before != null && before.equals(after)) {
            return;
        }
        List<Change> changes = new ArrayList<>(2);
        if (before != null) {
            changes.add(new Change(before, -1));
        }
        if (after != null) {
            changes.add(new Change(after, 1));
        }
        changes.sort(Comparator.comparing((Change c) -> c.cell().day())
                .thenComparingLong(c -> c.cell().stage())
                .thenComparing(c -> c.cell().type())
                .thenComparing(c -> c.cell().direction()));
        for (Change c : changes) {
            int updated = add(conn, c);
            if (updated == 0 && !inserted(conn, c)) {
                // another transaction created the cell meanwhile (and has committed it): count on it
                add(conn, c);
            }
        }
    }

    private static int add(Connection conn, Change c) throws SQLException {
        try (var update = conn.prepareStatement("update touch_point_day set touch_points = touch_points + ?"
                + " where on_day = ? and stage_id = ? and type = ? and direction = ?")) {
            update.setInt(1, c.delta());
            bind(update, 2, c.cell());
            return update.executeUpdate();
        }
    }

    /** The cell created with this change; false if another transaction created it first. */
    private static boolean inserted(Connection conn, Change c) throws SQLException {
        try (var insert = conn.prepareStatement("insert into touch_point_day"
                + " (on_day, stage_id, type, direction, touch_points) values (?, ?, ?, ?, ?)")) {
            bind(insert, 1, c.cell());
            insert.setInt(5, c.delta());
            return H2Triggers.inserted(insert);
        }
    }

    private static void bind(PreparedStatement statement, int first, Cell cell) throws SQLException {
        statement.setObject(first, cell.day());
        statement.setLong(first + 1, cell.stage());
        statement.setString(first + 2, cell.type());
        statement.setString(first + 3, cell.direction());
    }
}
