package com.journeycrm.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A timestamp column read as an instant. H2 gives one straight from its value; through an OffsetDateTime it built a
 * LocalDate per value, an eighth of the time of reading the period's moves. The PostgreSQL driver only offers the
 * OffsetDateTime.
 */
enum Timestamps {
    H2 {
        @Override
        Instant read(ResultSet rs, int column) throws SQLException {
            return rs.getObject(column, Instant.class);
        }
    },
    POSTGRESQL {
        @Override
        Instant read(ResultSet rs, int column) throws SQLException {
            var at = rs.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
    };

    /** @return null for SQL null */
    abstract Instant read(ResultSet rs, int column) throws SQLException;

    /** Seconds between two instants as H2's DATEDIFF counts them: whole seconds crossed. */
    static long seconds(Instant start, Instant end) {
        return end.getEpochSecond() - start.getEpochSecond();
    }
}
