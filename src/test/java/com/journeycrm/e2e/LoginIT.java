package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role logs in through the real login page and sees its own menu. */
class LoginIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"sales,   Dana Sales,     false", "manager, Morgan Manager, false", "admin,   Alex Admin,     true"})
    void each_role_logs_in_and_sees_its_own_menu(String username, String displayName, boolean seesUsers) {
        var page = loginAs(username, PASSWORD);
        var nav = page.locator("vaadin-side-nav");
        assertThat(nav.getByText("Board")).isVisible();
        assertThat(page.locator(".user-name")).hasText(displayName);
        if (seesUsers) {
            assertThat(nav.getByText("Users")).isVisible();
        } else {
            assertThat(nav.getByText("Users")).hasCount(0);
        }
        assertThat(page.locator(".stage-column").first()).isVisible();
        assertThat(page.locator(".stage-column .card").first()).isVisible();
        if (username.equals("sales")) {
            guideScreenshot(page, "board");
        } else {
            screenshot(page, "board-" + username);
        }
    }

    @Test
    void logging_out_returns_to_the_login_page_and_the_board_needs_a_new_login() {
        var page = loginAs("sales2", PASSWORD);
        assertThat(page.locator(".stage-column").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(app.baseUrl + "/");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".stage-column")).hasCount(0);
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_clear_message() {
        for (int i = 0; i < 5; i++) {
            var page = loginAs("sales3", "wrong-" + i);
            assertThat(page.getByText("Incorrect username or password")).isVisible();
        }
        var page = loginAs("sales3", PASSWORD);
        assertThat(page.getByText("This account is locked for 15 minutes")).isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        screenshot(page, "login-locked");
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        var page = loginAs("sales", "not-the-password");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        // the name typed is kept; the password is not
        assertThat(page.locator("input[name=username]")).hasValue("sales");
        assertThat(page.locator("input[name=password]")).hasValue("");
        screenshot(page, "login-refused");
    }
}
