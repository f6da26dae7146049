package com.journeycrm.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Concurrent sessions against the packaged jar: T browser threads (each its own Chromium) hold S logged-in
 * sessions each and keep switching Clients → Board; prints board-open times under that load and the server's
 * resident memory before and after the sessions. Not a timed test. Run:
 * {@code ./mvnw verify -Pbenchmark} (with the board benchmark).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@org.junit.jupiter.api.extension.ExtendWith(com.journeycrm.TestEnvironment.ChromiumAvailable.class)
class SessionsBenchmarkIT {

    private static final String[] USERS = {"sales", "sales2", "manager", "admin", "sales3"};

    @Test
    void concurrent_sessions_opening_the_board() throws Exception {
        int threads = Integer.getInteger("benchmark.threads", 4);
        int perThread = Integer.getInteger("benchmark.sessionsPerThread", 5);
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        var app = RunningApp.get();
        long rssBefore = rssKiB(app.pid());

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        long[] rssWithSessions = new long[1];
        var loggedIn = new CountDownLatch(threads);
        var measure = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                try (var playwright = Playwright.create(new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                        var browser = playwright
                                .chromium()
                                .launch(new BrowserType.LaunchOptions()
                                        .setExecutablePath(BrowserTest.CHROMIUM)
                                        .setHeadless(true)
                                        .setArgs(List.of(
                                                "--no-sandbox",
                                                "--disable-gpu",
                                                "--disable-background-networking",
                                                "--disable-component-update",
                                                "--disable-sync")))) {
                    List<Page> pages = new ArrayList<>();
                    for (int s = 0; s < perThread; s++) {
                        pages.add(login(browser, app.baseUrl, USERS[(thread * perThread + s) % USERS.length]));
                    }
                    loggedIn.countDown();
                    measure.await();
                    for (int r = 0; r < rounds; r++) {
                        for (Page page : pages) {
                            page.navigate(app.baseUrl + "/clients");
                            page.locator("vaadin-grid").first().waitFor();
                            long start = System.nanoTime();
                            page.locator("vaadin-side-nav-item")
                                    .filter(new Locator.FilterOptions().setHasText("Board"))
                                    .click();
                            page.waitForFunction("() => document.querySelectorAll('.stage-column').length === 12"
                                    + " && document.querySelectorAll('.card').length > 20");
                            times.add((System.nanoTime() - start) / 1_000_000);
                        }
                    }
                }
                return null;
            }));
        }
        loggedIn.await();
        rssWithSessions[0] = rssKiB(app.pid());
        measure.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();

        Collections.sort(times);
        int sessions = threads * perThread;
        System.out.printf(
                Locale.ROOT,
                "%n%d sessions (%d threads), %d board opens under load: median %d ms, p95 %d ms," + " max %d ms%n",
                sessions,
                threads,
                times.size(),
                times.get(times.size() / 2),
                times.get((int) (times.size() * 0.95)),
                times.getLast());
        System.out.printf(
                Locale.ROOT,
                "server resident memory: %d MiB before, %d MiB with %d sessions (+%d KiB per"
                        + " session, JVM heap growth included)%n",
                rssBefore / 1024,
                rssWithSessions[0] / 1024,
                sessions,
                (rssWithSessions[0] - rssBefore) / sessions);
    }

    private static Page login(Browser browser, String baseUrl, String user) {
        var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 900))
                .newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(BrowserTest.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.locator(".card").first().waitFor();
        return page;
    }

    private static long rssKiB(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .orElse(0L);
    }
}
