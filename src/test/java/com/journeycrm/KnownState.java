package com.journeycrm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * The database as the app left it once started — migrated, with the demo data — put back before every integration
 * test, so that each test sees the same data whatever ran before it, in any order. The first test of a database
 * (per JVM) copies every table into a schema of its own; each test after it empties the tables and copies them back.
 * Ids keep counting up, so an id a test saw is never given to another row.
 */
public final class KnownState {

    /** The databases whose copy this JVM took: a copy found from an earlier run is taken again. */
    private static final Set<String> TAKEN = new HashSet<>();
    /** Per database, its tables (in an order that satisfies their foreign keys) and their writable columns. */
    private static final Map<String, Map<String, String>> TABLES = new LinkedHashMap<>();

    private KnownState() {}

    static synchronized void restore(DataSource dataSource, Environment env) {
        String url = env.getRequiredProperty("spring.datasource.url");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (Connection c = postgres ? owner(url) : dataSource.getConnection()) {
            c.setAutoCommit(false);
            // a test may have a schema of its own on the same database (currentSchema): a copy for each schema
            String schema = schema(c);
            String copy = "known_state_" + schema.toLowerCase();
            if (TAKEN.add(url)) {
                TABLES.put(url, take(c, postgres, schema, copy));
            } else {
                putBack(c, postgres, TABLES.get(url), copy);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not put the test database back in its known state", e);
        }
    }

    /** PostgreSQL's tables are the owner's (the app role of some tests may not empty them). */
    private static Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(
                url,
                System.getenv().getOrDefault("JOURNEY_TEST_PG_USER", "journey"),
                System.getenv().getOrDefault("JOURNEY_TEST_PG_PASSWORD", "journey"));
    }

    private static String schema(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Map<String, String> take(Connection c, boolean postgres, String schema, String copy)
            throws SQLException {
        var tables = tables(c, postgres, schema);
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + copy + " cascade");
            s.execute("create schema " + copy);
            for (var t : tables.entrySet()) {
                s.execute("create table %s.%s as select %s from %s"
                        .formatted(copy, t.getKey(), t.getValue(), t.getKey()));
            }
        }
        return tables;
    }

    private static void putBack(Connection c, boolean postgres, Map<String, String> tables, String copy)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                for (String t : tables.keySet()) {
                    s.execute("alter table " + t + " disable trigger user"); // the audit trail refuses to be emptied
                }
                s.execute("truncate " + String.join(", ", tables.keySet()));
            } else {
                s.execute("set referential_integrity false");
                for (String t : tables.keySet()) {
                    s.execute("truncate table " + t);
                }
            }
            for (var t : tables.entrySet()) {
                s.execute("insert into %s (%s) select %s from %s.%s"
                        .formatted(t.getKey(), t.getValue(), t.getValue(), copy, t.getKey()));
            }
            if (postgres) {
                for (String t : tables.keySet()) {
                    s.execute("alter table " + t + " enable trigger user");
                }
            } else {
                s.execute("set referential_integrity true");
            }
        }
    }

    /** The app's tables, each referenced table before those that refer to it, with their non-generated columns. */
    private static Map<String, String> tables(Connection c, boolean postgres, String schema) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (var rs = c.createStatement().executeQuery("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = '%s' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
                          and lower(c.table_name) <> 'flyway_schema_history'
                        order by c.table_name, c.ordinal_position""".formatted(schema))) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1).toLowerCase(), t -> new ArrayList<>())
                        .add(rs.getString(2).toLowerCase());
            }
        }
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        var meta = c.getMetaData();
        for (String table : columns.keySet()) {
            var refs = new HashSet<String>();
            try (var rs = meta.getImportedKeys(null, schema, postgres ? table : table.toUpperCase())) {
                while (rs.next()) {
                    String referenced = rs.getString("PKTABLE_NAME").toLowerCase();
                    if (!referenced.equals(table)) {
                        refs.add(referenced);
                    }
                }
            }
            refersTo.put(table, refs);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        while (ordered.size() < columns.size()) {
            int before = ordered.size();
            for (var t : refersTo.entrySet()) {
                if (!ordered.containsKey(t.getKey()) && ordered.keySet().containsAll(t.getValue())) {
                    ordered.put(t.getKey(), String.join(", ", columns.get(t.getKey())));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Foreign keys in a cycle: " + refersTo);
            }
        }
        return ordered;
    }
}
