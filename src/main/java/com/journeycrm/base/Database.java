package com.journeycrm.base;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database the app runs on, asked once of the database itself: the embedded H2 or PostgreSQL. The few
 * behaviours that differ (backups, the board relay between instances, one writer at a time) ask this.
 */
@Component
public class Database {

    public enum Kind {
        H2,
        POSTGRESQL
    }

    private final Kind kind;

    public Database(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            this.kind = switch (product) {
                case "H2" -> Kind.H2;
                case "PostgreSQL" -> Kind.POSTGRESQL;
                default -> throw new IllegalStateException("Journey CRM runs on H2 or PostgreSQL, not " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    public Kind kind() {
        return kind;
    }

    public boolean isEmbedded() {
        return kind == Kind.H2;
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRESQL;
    }
}
