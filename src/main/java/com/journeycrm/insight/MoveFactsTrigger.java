package com.journeycrm.insight;

import com.journeycrm.base.H2Triggers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * H2's side of the facts a move keeps for the insights (migrations V22, V23): before a move is recorded, it learns
 * whether it counts (an undo does not, and the move it undoes stops counting), the stay it ends learns when the
 * client last left that stage, and the client learns when it last left the stage it now enters.
 */
public class MoveFactsTrigger implements Trigger {

    private static final String LAST_LEFT =
            "select max(x.changed_at) from stage_change x where x.client_id = ? and x.from_stage_id = ?";

    private Map<String, Integer> columns;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        columns = H2Triggers.columns(
                conn,
                schemaName,
                tableName,
                "client_id",
                "from_stage_id",
                "to_stage_id",
                "undo_of_id",
                "counted",
                "from_prev_left_at");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        long client = ((Number) newRow[columns.get("client_id")]).longValue();
        var undoOf = (Number) newRow[columns.get("undo_of_id")];
        newRow[columns.get("counted")] = undoOf == null;
        if (undoOf != null) {
            try (var undone = conn.prepareStatement("update stage_change set counted = false where id = ?")) {
                undone.setLong(1, undoOf.longValue());
                undone.executeUpdate();
            }
        }
        var from = (Number) newRow[columns.get("from_stage_id")];
        if (from != null) {
            newRow[columns.get("from_prev_left_at")] = lastLeft(conn, client, from.longValue());
        }
        try (var update =
                conn.prepareStatement("update client set stage_prev_left_at = (" + LAST_LEFT + ") where id = ?")) {
            update.setLong(1, client);
            update.setLong(2, ((Number) newRow[columns.get("to_stage_id")]).longValue());
            update.setLong(3, client);
            update.executeUpdate();
        }
    }

    private static Object lastLeft(Connection conn, long client, long stage) throws SQLException {
        try (var query = conn.prepareStatement(LAST_LEFT)) {
            query.setLong(1, client);
            query.setLong(2, stage);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getObject(1);
            }
        }
    }
}
