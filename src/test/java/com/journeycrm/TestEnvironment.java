package com.journeycrm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the browser and PostgreSQL tests need from the machine. Without it they are skipped, with one line that says
 * how to run them; under {@code CI=true} they are required, so CI can never skip them silently.
 */
public final class TestEnvironment {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private TestEnvironment() {}

    /**
     * An empty schema of its own on the test PostgreSQL, for a test that runs the app in another process (its own
     * demo data; the other tests' schema untouched): the app's arguments and how to open it.
     */
    public record PostgresSchema(List<String> appArgs, String url, String user, String password) {

        public static PostgresSchema fresh(String schema) throws SQLException {
            String url = System.getenv("JOURNEY_TEST_PG_URL");
            String user = System.getenv().getOrDefault("JOURNEY_TEST_PG_USER", "journey");
            String password = System.getenv().getOrDefault("JOURNEY_TEST_PG_PASSWORD", "journey");
            try (var connection = DriverManager.getConnection(url, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
                // the trigram migration creates pg_trgm in the first schema on the path: made in this one, it would
                // vanish with the next run's drop and take the other tests' name index with it (where the extension
                // is unavailable, the migration skips the index, and so does this)
                try {
                    statement.execute("create extension if not exists pg_trgm schema public");
                } catch (SQLException unavailable) {
                    // as the migration: name search then reads every client
                }
            }
            String own = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
            return new PostgresSchema(
                    List.of(
                            "--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + own,
                            "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + password),
                    own,
                    user,
                    password);
        }

        public Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static ConditionEvaluationResult skipOrFail(String what, String howToRun) {
        if (ci()) {
            throw new IllegalStateException(what + " are required under CI=true: " + howToRun);
        }
        if (SAID.add(what)) {
            System.err.println(what + " skipped: " + howToRun + " (under CI=true they are required)");
        }
        return ConditionEvaluationResult.disabled(what + " skipped: " + howToRun);
    }

    /** For the end-to-end tests: Debian's Chromium, or the one {@code CHROMIUM_PATH} names. */
    public static final class ChromiumAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Files.isExecutable(CHROMIUM)
                    ? ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM)
                    : skipOrFail(
                            "Browser tests",
                            "no Chromium at " + CHROMIUM + "; apt-get install chromium, or set CHROMIUM_PATH");
        }
    }

    /** For the PostgreSQL runs: an empty database at {@code JOURNEY_TEST_PG_URL}. */
    public static final class PostgresAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv("JOURNEY_TEST_PG_URL");
            if (ci() && (url == null || System.getenv("JOURNEY_TEST_PG_APP_USER") == null)) {
                throw new IllegalStateException("PostgreSQL tests are required under CI=true: set JOURNEY_TEST_PG_URL"
                        + " and JOURNEY_TEST_PG_APP_USER (.ci/run does)");
            }
            return url != null && !url.isBlank()
                    ? ConditionEvaluationResult.enabled("PostgreSQL at " + url)
                    : skipOrFail(
                            "PostgreSQL tests",
                            "set JOURNEY_TEST_PG_URL=jdbc:postgresql://localhost:5432/"
                                    + "journey_test (user and password journey, or JOURNEY_TEST_PG_USER/_PASSWORD), and "
                                    + "JOURNEY_TEST_PG_APP_USER for a second role; .ci/run sets them up");
        }
    }
}
