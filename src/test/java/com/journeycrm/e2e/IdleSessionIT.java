package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An open tab left alone is logged out when the idle timeout passes, although its heartbeats keep reaching the
 * server. Its own instance of the jar, with a 15-second timeout and a heartbeat every 3 seconds.
 */
class IdleSessionIT extends BrowserTest {

    private static RunningApp shortTimeout;

    @BeforeAll
    static void startWithShortTimeout() {
        shortTimeout = RunningApp.start(
                "--journey.session.idle-timeout=15s", "--vaadin.heartbeatInterval=3", "--journey.demo-data.clients=10");
    }

    @AfterAll
    static void stopIt() {
        if (shortTimeout != null) {
            shortTimeout.stop();
        }
    }

    @Test
    void an_idle_tab_ends_on_the_login_page_and_the_board_then_needs_a_new_login() {
        var page = loginAs(shortTimeout, "sales", PASSWORD);
        assertThat(page.locator(".stage-column").first()).isVisible();

        // nobody touches the tab; only heartbeats reach the server
        assertThat(page.locator("vaadin-login-form"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        screenshot(page, "idle-logged-out");

        page.navigate(shortTimeout.baseUrl + "/");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".stage-column")).hasCount(0);
    }
}
