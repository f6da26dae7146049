package com.journeycrm.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The board as a user sees it open, with the 120 demo clients and with 10,000: one headless Chromium switches
 * Clients → Board 15 times per size and the time until all 12 columns show counts and cards is printed.
 * Not a timed test. Part of {@code ./mvnw verify -Pbenchmark}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BoardOpenBenchmarkIT extends BrowserTest {

    private static final int RUNS = 15;

    @Test
    void the_board_opens_as_fast_with_10000_clients_as_with_120() {
        List<String> report = new ArrayList<>();
        for (int clients : new int[] {120, Integer.getInteger("benchmark.clients", 10_000)}) {
            // -Dbenchmark.reuse=DIR: the big size's database there, as JourneyBenchmark leaves it (seeding 100,000
            // clients takes longer than an instance is given to start)
            String reuse = System.getProperty("benchmark.reuse");
            var instance = clients == 120 ? app : reuse == null
                    ? RunningApp.start("--journey.demo-data.clients=" + clients)
                    : RunningApp.start("--journey.demo-data.clients=" + clients,
                            "--journey.db.path=" + Path.of(reuse, "db").toAbsolutePath());
            try {
                var page = newPage();
                page.navigate(instance.baseUrl + "/login");
                page.locator("input[name=username]").fill("sales");
                page.locator("input[name=password]").fill(PASSWORD);
                page.getByRole(AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in")).click();
                page.locator(".card").first().waitFor();
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < RUNS + 3; i++) {
                    page.navigate(instance.baseUrl + "/clients");
                    page.locator("vaadin-grid").first().waitFor();
                    long start = System.nanoTime();
                    page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Board")).click();
                    page.waitForFunction("() => document.querySelectorAll('.stage-column').length === 12"
                            + " && document.querySelectorAll('.card').length > 20");
                    if (i >= 3) { // the first few warm up the JIT and the browser cache
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                Collections.sort(times);
                report.add(String.format(Locale.ROOT, "%6d clients: board open median %d ms, min %d ms, max %d ms",
                        clients, times.get(times.size() / 2), times.getFirst(), times.getLast()));
            } finally {
                if (instance != app) {
                    instance.stop();
                }
            }
        }
        System.out.println();
        report.forEach(System.out::println);
    }
}
