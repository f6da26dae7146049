package com.journeycrm.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The packaged jar, started once per test run on a random free port with a fresh H2 database in a temp
 * folder, and stopped when the JVM exits.
 */
final class RunningApp {

    private static RunningApp instance;

    final String baseUrl;
    /** Health and metrics: a port of their own. */
    final String managementUrl;

    final Path log;
    private final Process process;

    private RunningApp(String baseUrl, String managementUrl, Path log, Process process) {
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
        this.log = log;
        this.process = process;
    }

    void stop() {
        process.destroy();
    }

    long pid() {
        return process.pid();
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * Another instance, e.g. with more demo clients; the caller stops it. A {@code --journey.db.path=} among the
     * arguments opens that database (seeded already, or seeded now) instead of a new one.
     */
    static RunningApp start(String... extraArgs) {
        try {
            String jar = System.getProperty("app.jar", "target/journey-crm.jar");
            int port = freePort();
            int managementPort = freePort();
            Path dir = Files.createTempDirectory("journey-e2e");
            Path log = dir.resolve("app.log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(
                    java,
                    "-jar",
                    Path.of(jar).toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--management.server.port=" + managementPort,
                    "--journey.demo-data.enabled=true"));
            if (Arrays.stream(extraArgs).noneMatch(arg -> arg.startsWith("--journey.db.path="))) {
                command.add("--journey.db.path=" + dir.resolve("db").toAbsolutePath());
            }
            command.addAll(List.of(extraArgs));
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String baseUrl = "http://localhost:" + port;
            waitUntilUp(baseUrl, process, log);
            return new RunningApp(baseUrl, "http://localhost:" + managementPort, log, process);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the app", e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilUp(String baseUrl, Process process, Path log) throws IOException {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited:\n" + Files.readString(log));
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                // up, and done seeding: the demo seeder runs after the server starts listening
                String logged = Files.readString(log);
                if (response.statusCode() == 200
                        && (logged.contains("Seeded demo data") || logged.contains("Demo data not seeded"))) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The app did not answer within 3 minutes:\n" + Files.readString(log));
    }
}
