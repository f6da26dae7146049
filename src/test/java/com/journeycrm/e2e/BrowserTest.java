package com.journeycrm.e2e;

import com.journeycrm.TestEnvironment;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base for end-to-end tests: Debian's Chromium, headless, driven by Playwright against the packaged jar. */
@ExtendWith(TestEnvironment.ChromiumAvailable.class)
abstract class BrowserTest {

    static final String PASSWORD = "journey-demo";
    static final Path CHROMIUM = TestEnvironment.CHROMIUM;

    static Playwright playwright;
    static Browser browser;
    static RunningApp app;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launch() {
        app = RunningApp.get();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** What the browser reported as an error: a console error or an exception no script caught. */
    private final List<String> browserErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A test whose page logged an error fails, whatever it asserted: a user would have met a broken page. */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        var errors = List.copyOf(browserErrors);
        browserErrors.clear();
        org.assertj.core.api.Assertions.assertThat(errors)
                .as("errors in the browser's console")
                .isEmpty();
    }

    private void record(String error) {
        browserErrors.add(error);
    }

    /** Wide enough by default for the whole pre-purchase phase of the board to be on screen. */
    int viewportWidth() {
        return 1500;
    }

    Page newPage() {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(viewportWidth(), 900));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        var page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                record(m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(this::record);
        return page;
    }

    Page loginAs(String username, String password) {
        return loginAs(app, username, password);
    }

    Page loginAs(RunningApp target, String username, String password) {
        var page = newPage();
        page.navigate(target.baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        return page;
    }

    /**
     * A screenshot the user guide shows: also written to the folder {@code -Djourney.docs.images} names, so that
     * {@code ./mvnw verify -Djourney.docs.images=docs/images} brings the guide's pictures up to date.
     */
    static void guideScreenshot(Page page, String name) {
        screenshot(page, name);
        String docs = System.getProperty("journey.docs.images", "");
        if (!docs.isBlank()) {
            try {
                Files.copy(
                        Path.of("target", "screenshots", name + ".png"),
                        Path.of(docs, name + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            // a closing dialog's fade finished: the picture shows what the user then sees
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
