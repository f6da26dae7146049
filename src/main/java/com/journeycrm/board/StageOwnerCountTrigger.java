package com.journeycrm.board;

import com.journeycrm.base.H2Triggers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's side of "the database keeps the board's counts" (migrations V14, V15): after a client is inserted, moved,
 * handed over or deleted, the counters of its old and new (stage, owner) follow — in key order, so that two opposite
 * moves never wait for each other.
 */
public class StageOwnerCountTrigger implements Trigger {

    private int stageColumn = -1;
    private int ownerColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = H2Triggers.columns(conn, schemaName, tableName, "stage_id", "owner_id");
        stageColumn = columns.get("stage_id");
        ownerColumn = columns.get("owner_id");
    }

    private record Change(long stage, long owner, int delta) {}

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null
                && newRow != null
                && Objects.equals(oldRow[stageColumn], newRow[stageColumn])
                && Objects.equals(oldRow[ownerColumn], newRow[ownerColumn])) {
            return;
        }
        List<Change> changes = new ArrayList<>(2);
        if (oldRow != null) {
            changes.add(new Change(
                    ((Number) oldRow[stageColumn]).longValue(), ((Number) oldRow[ownerColumn]).longValue(), -1));
        }
        if (newRow != null) {
            changes.add(new Change(
                    ((Number) newRow[stageColumn]).longValue(), ((Number) newRow[ownerColumn]).longValue(), 1));
        }
        changes.sort(Comparator.comparingLong(Change::stage).thenComparingLong(Change::owner));
        for (Change c : changes) {
            if (add(conn, c) == 0 && !inserted(conn, c)) {
                // another transaction created the counter meanwhile (and has committed it): count on it
                add(conn, c);
            }
        }
    }

    private static int add(Connection conn, Change c) throws SQLException {
        try (var update = conn.prepareStatement(
                "update stage_owner_count set clients = clients + ? where stage_id = ? and owner_id = ?")) {
            update.setInt(1, c.delta());
            update.setLong(2, c.stage());
            update.setLong(3, c.owner());
            return update.executeUpdate();
        }
    }

    /** The counter created with this change; false if another transaction created it first. */
    private static boolean inserted(Connection conn, Change c) throws SQLException {
        try (var insert =
                conn.prepareStatement("insert into stage_owner_count (stage_id, owner_id, clients) values (?, ?, ?)")) {
            insert.setLong(1, c.stage());
            insert.setLong(2, c.owner());
            insert.setInt(3, c.delta());
            return H2Triggers.inserted(insert);
        }
    }
}
