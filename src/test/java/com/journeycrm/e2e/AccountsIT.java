package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The admin adds a user with a temporary password; the user logs in, is made to choose their own, and lands on the
 * board; disabling them ends their open session and refuses their next login.
 */
class AccountsIT extends BrowserTest {

    @Test
    void a_new_user_logs_in_and_is_shown_out_as_soon_as_the_admin_disables_them() {
        var admin = loginAs("admin", PASSWORD);
        admin.locator(".stage-column .card").first().waitFor();
        admin.navigate(app.baseUrl + "/admin/users");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user"))
                .click();
        var dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill("kim.e2e");
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Kim Analyst");
        dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true))
                .fill("correct horse battery");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(admin.getByText("Kim Analyst can now log in as kim.e2e.")).isVisible();

        var kim = loginAs("kim.e2e", "correct horse battery");
        assertThat(kim.getByText("Your password was set by an administrator")).isVisible();
        kim.getByLabel("Current password").fill("correct horse battery");
        kim.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("kims own passphrase");
        kim.getByLabel("New password again").fill("kims own passphrase");
        kim.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        kim.locator(".stage-column .card").first().waitFor();
        assertThat(kim.locator(".navbar-title")).hasText("Board");

        // Kim's new password changed her account since the admin's list was loaded: refused until it is current
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable — Kim Analyst"))
                .click();
        assertThat(admin.getByText("Someone else changed Kim Analyst after you opened it"))
                .isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable — Kim Analyst"))
                .click();
        assertThat(admin.getByText("Kim Analyst can no longer log in")).isVisible();

        kim.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Clients"))
                .click();
        assertThat(kim).hasURL(Pattern.compile(".*/login.*"));
        var again = loginAs("kim.e2e", "kims own passphrase");
        assertThat(again).hasURL(Pattern.compile(".*/login\\?error.*"));
    }
}
