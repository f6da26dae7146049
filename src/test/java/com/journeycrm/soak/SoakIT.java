package com.journeycrm.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.DerivedFacts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar through a compressed working day ({@link SoakDriver}) long enough for the connection pool to
 * retire every connection many times over (max-lifetime shortened to Hikari's least, 30 s): no action fails, and at
 * the end every change a user was told is saved is in the database and every derived fact equals its
 * recomputation. {@code ./mvnw verify -Psoak [-Dsoak.minutes=10]}; the figures go to {@code target/soak-*.txt}.
 */
@EnabledIfSystemProperty(named = "soak", matches = "true")
class SoakIT {

    private static final long MINUTES = Long.getLong("soak.minutes", 10);

    @Test
    void a_working_day_on_h2(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toAbsolutePath().toString();
        workingDay(
                "h2",
                List.of("--journey.db.path=" + db, "--journey.backup.dir=" + dir.resolve("backups")),
                () -> DriverManager.getConnection("jdbc:h2:file:" + db, "sa", ""));
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(com.journeycrm.TestEnvironment.PostgresAvailable.class)
    void a_working_day_on_postgresql() throws Exception {
        var pg = com.journeycrm.TestEnvironment.PostgresSchema.fresh("soak");
        workingDay("postgresql", pg.appArgs(), pg::open);
    }

    private interface Database {
        Connection open() throws SQLException;
    }

    private void workingDay(String name, List<String> dbArgs, Database database) throws Exception {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("app.jar"),
                "-Dloader.main=" + SoakDriver.class.getName(),
                "-Dloader.path=" + driverClasses(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=0",
                "--management.server.port=0",
                "--journey.demo-data.enabled=true",
                "--spring.datasource.hikari.max-lifetime=30000",
                "--soak.minutes=" + MINUTES,
                "--logging.level.root=WARN"));
        command.addAll(dbArgs);
        Path log = Files.createTempFile("soak-" + name, ".log");
        var process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Map<String, Set<String>> acked = new HashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        String heap = "";
        boolean stopped = false;
        long started = System.nanoTime();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] kindAndWhat = line.substring(4).split(" ", 2);
                    acked.computeIfAbsent(kindAndWhat[0], k -> new HashSet<>()).add(kindAndWhat[1]);
                } else if (line.startsWith("FAILED ")) {
                    failures.add(line);
                } else if (line.startsWith("COUNT ")) {
                    counts.add(line.substring(6));
                } else if (line.startsWith("HEAP ")) {
                    heap = line.substring(5);
                } else if (line.equals("STOPPED")) {
                    stopped = true;
                }
            }
        } finally {
            if (!process.waitFor(MINUTES + 5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        double minutes = (System.nanoTime() - started) / 6e10;
        String report = report(name, minutes, counts, heap, failures);
        Files.writeString(Path.of("target", "soak-" + name + ".txt"), report);
        System.out.println(report);
        assertThat(stopped)
                .as("the app ran its day and stopped; what it logged is in %s", log)
                .isTrue();
        assertThat(failures).as("errors a user would have seen").isEmpty();
        try (var connection = database.open()) {
            assertThat(missing(connection, "select cast(id as varchar(20)) from stage_change", acked, "MOVE", "UNDO"))
                    .as("acknowledged moves and undos")
                    .isEmpty();
            assertThat(missing(connection, "select cast(id as varchar(20)) from client", acked, "CLIENT"))
                    .as("acknowledged new clients")
                    .isEmpty();
            assertThat(missing(connection, "select name from client", acked, "IMPORTED"))
                    .as("acknowledged imports")
                    .isEmpty();
            assertThat(missing(connection, "select summary from touch_point", acked, "TOUCH"))
                    .as("acknowledged touch points")
                    .isEmpty();
            assertThat(DerivedFacts.disagreements(connection))
                    .as("derived facts")
                    .isEmpty();
        }
        Files.delete(log);
    }

    private static Set<String> missing(
            Connection connection, String query, Map<String, Set<String>> acked, String... kinds) throws SQLException {
        Set<String> missing = new HashSet<>();
        for (String kind : kinds) {
            missing.addAll(acked.getOrDefault(kind, Set.of()));
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            while (rows.next()) {
                missing.remove(rows.getString(1));
            }
        }
        return missing;
    }

    private static String report(String name, double minutes, List<String> counts, String heap, List<String> failures) {
        var text = new StringBuilder("Soak on %s: %.1f minutes, pool max-lifetime 30 s%n".formatted(name, minutes));
        text.append("action      done  refused  failed%n".formatted());
        long total = 0;
        for (String count : counts) {
            String[] f = count.split(" ");
            text.append("%-10s %6s %8s %7s%n".formatted(f[0], f[1], f[2], f[3]));
            total += Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]);
        }
        text.append("actions: %d, unexpected errors: %d%n".formatted(total, failures.size()));
        if (!heap.isEmpty()) {
            String[] h = heap.split(" ");
            text.append("heap used after GC: %d MB at start, %d MB at the end%n"
                    .formatted(Long.parseLong(h[0]) >> 20, Long.parseLong(h[1]) >> 20));
        }
        return text.toString();
    }

    /** The driver's classes alone, for the jar's launcher: the rest of the test classes must stay out of the app. */
    private static Path driverClasses() throws Exception {
        Path testClasses = Path.of(SoakDriver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path pkg = Path.of("com", "journeycrm", "soak");
        Path dir = Files.createTempDirectory("soak-driver");
        Files.createDirectories(dir.resolve(pkg));
        try (var classes = Files.list(testClasses.resolve(pkg))) {
            for (Path c : classes.filter(p -> p.getFileName().toString().startsWith("SoakDriver"))
                    .toList()) {
                Files.copy(c, dir.resolve(pkg).resolve(c.getFileName()));
            }
        }
        return dir;
    }
}
