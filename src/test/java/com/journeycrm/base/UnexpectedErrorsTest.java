package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedErrorsTest {

    private static RuntimeException checkConstraintHidingTheClosedDatabase() {
        var closed = new SQLException("The database has been closed [90098-240]");
        var check = new SQLException(
                "Check constraint invalid: \"CK_CLIENT_SOURCE: \"; SQL statement:\ninsert into"
                        + " client (name) values (?) [23514-240]",
                closed);
        return new IllegalStateException("could not execute statement", check);
    }

    @Test
    void one_line_names_every_cause_down_to_the_real_one_and_where_it_was_thrown() {
        String line = UnexpectedErrors.describe(checkConstraintHidingTheClosedDatabase());
        assertThat(line)
                .doesNotContain("\n")
                .contains(
                        "java.lang.IllegalStateException: could not execute statement <- java.sql.SQLException: Check"
                                + " constraint invalid: \"CK_CLIENT_SOURCE: \"; SQL statement:"
                                + " <- java.sql.SQLException: The database has been closed [90098-240] at ",
                        UnexpectedErrorsTest.class.getName());
    }

    /** As Tomcat names it: the browser closed the connection while the answer was written. */
    static final class ClientAbortException extends java.io.IOException {
        ClientAbortException(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void a_browser_that_went_away_is_not_counted_as_an_error() {
        var meters = new SimpleMeterRegistry();
        new UnexpectedErrors(meters)
                .report(new IllegalStateException(new ClientAbortException(new java.io.IOException("Broken pipe"))));
        assertThat(meters.find("journey.errors.unexpected").counters()).isEmpty();
    }

    @Test
    void a_cause_that_points_back_into_the_chain_ends() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(UnexpectedErrors.describe(b).split(" <- ")).hasSize(12);
    }

    @Test
    void each_error_is_counted_by_its_deepest_cause_for_alerts() {
        var meters = new SimpleMeterRegistry();
        var errors = new UnexpectedErrors(meters);
        String id = errors.report(checkConstraintHidingTheClosedDatabase());
        errors.report(checkConstraintHidingTheClosedDatabase());
        errors.report(new IllegalArgumentException("x"));
        assertThat(id).hasSize(8);
        assertThat(meters.get("journey.errors.unexpected")
                        .tag("kind", "SQLException")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(meters.get("journey.errors.unexpected")
                        .tag("kind", "IllegalArgumentException")
                        .counter()
                        .count())
                .isEqualTo(1);
    }
}
