package com.journeycrm.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's side of "the audit trail is append-only" (migration V9): any update or delete of an entry fails. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "The audit trail is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "45000");
    }
}
