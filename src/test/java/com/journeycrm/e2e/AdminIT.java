package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The admin shapes the firm's journey while a salesperson works: a renamed stage reaches the open board at once,
 * a new service is retired, and each of those is found in the audit trail.
 */
class AdminIT extends BrowserTest {

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void renameStage(Page admin, String from, String to) {
        button(admin, "Edit — " + from).click();
        var dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill(to);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(admin.getByText("Saved " + to + ".")).isVisible();
    }

    @Test
    void a_renamed_stage_reaches_an_open_board_and_every_change_is_in_the_audit_trail() {
        var sales = loginAs("sales", PASSWORD);
        sales.locator(".stage-column .card").first().waitFor();
        var admin = loginAs("admin", PASSWORD);
        admin.locator(".stage-column .card").first().waitFor();
        admin.navigate(app.baseUrl + "/admin/stages");
        try {
            renameStage(admin, "Informed", "Informed (e2e)");
            assertThat(sales.locator(".stage-header").filter(new Locator.FilterOptions().setHasText("Informed (e2e)")))
                    .isVisible();
        } finally {
            renameStage(admin, "Informed (e2e)", "Informed");
        }
        assertThat(sales.locator(".stage-header").filter(new Locator.FilterOptions().setHasText("Informed")))
                .isVisible();

        admin.navigate(app.baseUrl + "/admin/services");
        button(admin, "New service").click();
        var dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("E2E coaching");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        button(admin, "Retire — E2E coaching").click();
        assertThat(admin.getByText("E2E coaching is no longer offered")).isVisible();

        admin.navigate(app.baseUrl + "/admin/audit");
        var grid = admin.locator("vaadin-grid");
        assertThat(grid).containsText("Service retired");
        assertThat(grid).containsText("E2E coaching");
        assertThat(grid).containsText("Name: Informed (e2e) → Informed");
        assertThat(grid).containsText("Name: Informed → Informed (e2e)");
        screenshot(admin, "audit-trail");
    }
}
