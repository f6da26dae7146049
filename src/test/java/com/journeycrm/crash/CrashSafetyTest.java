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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the app (SIGKILL, as a power cut would) in the middle of a stream of moves, twice, and restarts it on the
 * same database: it opens each time. On PostgreSQL every move the app had acknowledged is there; H2 writes its
 * file asynchronously (about half a second), so there the last acknowledged moves may be missing, never half-saved.
 */
class CrashSafetyTest {

    private static final int ACKS_BEFORE_KILL = 100;

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
        List<String> args = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
        List<Long> acked = new ArrayList<>();
        acked.addAll(runAndKill(args));
        acked.addAll(runAndKill(args));
        try (var connection = DriverManager.getConnection(url, user, password)) {
            assertThat(count(connection, "select count(*) from stage_change where id in (" + ids(acked) + ")"))
                    .isEqualTo(acked.size());
        }
    }

    /** Starts the driver, waits for enough acknowledged moves, kills it; returns the acknowledged stage changes. */
    private static List<Long> runAndKill(List<String> appArgs) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MovingDriver.class.getName(), "--server.port=0",
                "--management.server.port=0", "--journey.demo-data.enabled=true", "--journey.demo-data.clients=60",
                "--logging.level.root=WARN"));
        command.addAll(appArgs);
        Path log = Files.createTempFile("crash-driver", ".log");
        var process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        List<Long> acked = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acked.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4).trim()));
                }
            }
            // SIGKILL: no shutdown hooks, no closing of the database, mid-move
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acked).as("the app started and moved clients; its log: %s", log).hasSize(ACKS_BEFORE_KILL);
        return acked;
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
