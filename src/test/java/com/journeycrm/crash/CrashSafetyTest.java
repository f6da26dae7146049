package com.journeycrm.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the app (SIGKILL, as a power cut would) in the middle of a stream of moves, twice, and restarts it on the
 * same database: it opens each time. On PostgreSQL every move the app had acknowledged is there; H2 writes its
 * file asynchronously (about half a second), so there the last acknowledged moves may be missing, never half-saved.
 */
class CrashSafetyTest {

    private static final int ACKS_BEFORE_KILL = 100;
    /** A driver that neither moves nor dies within this is killed and the test fails (CI must never wait on it). */
    private static final long MINUTES_TO_FIRST_KILL = 4;
    /** Not the schema the other PostgreSQL tests share: the driver needs its own demo data, theirs is theirs. */
    private static final String PG_SCHEMA = "crash_safety";

    @Test
    void the_embedded_database_opens_after_every_kill_during_moves(@TempDir Path dir)
            throws Exception {
        String db = dir.resolve("db").toAbsolutePath().toString();
        List<String> args = List.of("--journey.db.path=" + db);
        List<Long> acked = new ArrayList<>();
        acked.addAll(runAndKill(args));
        acked.addAll(runAndKill(args)); // this start is the proof that the killed database opens
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            long rows = count(connection, "select count(*) from stage_change where id in (" + ids(acked) + ")");
            assertThat(rows).isPositive();
            assertThat(count(connection, "select count(*) from stage_change sc join client c on c.id = sc.client_id"
                    + " where sc.id = (select max(id) from stage_change where client_id = c.id)"
                    + " and sc.to_stage_id <> c.stage_id")).as("every client is in the stage its last move says")
                    .isZero();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "JOURNEY_TEST_PG_URL", matches = ".+")
    void on_postgresql_every_acknowledged_move_survives_the_kill() throws Exception {
        String url = System.getenv("JOURNEY_TEST_PG_URL");
        String user = System.getenv().getOrDefault("JOURNEY_TEST_PG_USER", "journey");
        String password = System.getenv().getOrDefault("JOURNEY_TEST_PG_PASSWORD", "journey");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + PG_SCHEMA + " cascade");
            statement.execute("create schema " + PG_SCHEMA);
            trigramsInPublic(statement);
        }
        String ownSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA + ",public";
        List<String> args = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + ownSchema,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
        List<Long> acked = new ArrayList<>();
        acked.addAll(runAndKill(args));
        acked.addAll(runAndKill(args));
        try (var connection = DriverManager.getConnection(ownSchema, user, password)) {
            assertThat(count(connection, "select count(*) from stage_change where id in (" + ids(acked) + ")"))
                    .isEqualTo(acked.size());
        }
    }

    /**
     * The trigram migration creates pg_trgm in the first schema on the path; made there, it would vanish with the
     * next run's drop and take the other tests' name index with it. Where the extension is unavailable the
     * migration skips the index, and so does this.
     */
    private static void trigramsInPublic(java.sql.Statement statement) {
        try {
            statement.execute("create extension if not exists pg_trgm schema public");
        } catch (SQLException unavailable) {
            // same as the migration: name search then reads every client
        }
    }

    /** Starts the driver, waits for enough acknowledged moves, kills it; returns the acknowledged stage changes. */
    private static List<Long> runAndKill(List<String> appArgs) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx1g", MovingDriver.class.getName(),
                "--server.port=0",
                "--management.server.port=0", "--journey.demo-data.enabled=true", "--journey.demo-data.clients=60",
                "--logging.level.root=WARN"));
        command.addAll(appArgs);
        Path log = Files.createTempFile("crash-driver", ".log");
        var process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Thread.ofVirtual().start(() -> killIfStillRunningAfter(process, MINUTES_TO_FIRST_KILL));
        List<Long> acked = new ArrayList<>();
        var said = new ArrayDeque<String>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acked.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4).trim()));
                } else {
                    said.addLast(line);
                    if (said.size() > 40) {
                        said.removeFirst();
                    }
                }
            }
            // SIGKILL: no shutdown hooks, no closing of the database, mid-move
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acked).as("the app started and moved clients; the end of what it said:%n%s%n%s",
                String.join(System.lineSeparator(), said), tail(log))
                .hasSize(ACKS_BEFORE_KILL);
        Files.delete(log);
        return acked;
    }

    private static void killIfStillRunningAfter(Process process, long minutes) {
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException stop) {
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
