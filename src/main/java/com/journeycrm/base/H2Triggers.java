package com.journeycrm.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** What the app's H2 triggers (Java classes H2 calls per row) share: finding their columns, creating a kept row. */
public final class H2Triggers {

    private H2Triggers() {}

    /**
     * The position in a trigger's row arrays of each named column, read from the table as it is (a later migration
     * may add columns); fails if one is missing, so that a trigger never writes into the wrong column.
     */
    public static Map<String, Integer> columns(Connection conn, String schema, String table, String... needed)
            throws SQLException {
        Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (var result = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (result.next()) {
                columns.put(result.getString("COLUMN_NAME"), result.getInt("ORDINAL_POSITION") - 1);
            }
        }
        for (String name : needed) {
            if (!columns.containsKey(name)) {
                throw new SQLException(table + " has no " + name + " column");
            }
        }
        return columns;
    }

    /**
     * Runs the insert of a counter's first row: true if it was created, false if another transaction created the
     * same row at the same moment (and has committed it) — the caller then counts on that one.
     */
    public static boolean inserted(PreparedStatement insert) throws SQLException {
        try {
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
