package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Issue 5's walk-through: the manager clears a quiet client from the team list; sales cannot open it. */
class RemindersIT extends BrowserTest {

    @Test
    void the_manager_logs_a_call_and_the_client_leaves_the_team_list() {
        var manager = loginAs("manager", PASSWORD);
        manager.navigate(app.baseUrl + "/reminders/team");
        assertThat(manager.locator(".owner-summary vaadin-button").first()).containsText("quiet");
        var firstRow = manager.locator("vaadin-grid")
                .first()
                .locator("vaadin-grid-cell-content a")
                .first();
        String client = firstRow.textContent().trim();
        screenshot(manager, "team-reminders");

        // the row's actions are a menu bar, each named with its visible text and the client
        manager.locator("vaadin-grid")
                .first()
                .getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Log touch — " + client))
                .click();
        var dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Summary").fill("Manager called to check in");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(manager.getByText("Touch point logged.")).isVisible();
        assertThat(manager.locator("vaadin-grid")
                        .first()
                        .locator("vaadin-grid-cell-content a:visible")
                        .filter(new Locator.FilterOptions().setHasText(client)))
                .hasCount(0);
    }

    @Test
    void sales_sees_their_reminders_and_a_badge_but_not_the_team_view() {
        var sales = loginAs("sales", PASSWORD);
        var badge = sales.locator(".reminder-badge");
        assertThat(badge).isVisible();
        sales.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("My reminders"))
                .click();
        assertThat(sales.getByText("Gone quiet (")).isVisible();
        guideScreenshot(sales, "my-reminders");
        assertThat(sales.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Team reminders")))
                .hasCount(0);

        var download = sales.waitForDownload(
                () -> sales.getByText("Export my open follow-ups (.ics)").click());
        try {
            String ics = Files.readString(download.path());
            Assertions.assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        sales.navigate(app.baseUrl + "/reminders/team");
        assertThat(sales.locator("vaadin-grid")).hasCount(0);
        assertThat(sales.getByText("Team reminders")).hasCount(0);
    }
}
