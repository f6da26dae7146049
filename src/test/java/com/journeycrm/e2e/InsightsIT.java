package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The manager opens Insights, reads the funnel as a picture, and drills into a bar down to a client. */
class InsightsIT extends BrowserTest {

    @Test
    void the_manager_drills_from_a_funnel_bar_to_the_clients_behind_it_and_into_one() {
        var manager = loginAs("manager", PASSWORD);
        manager.locator(".stage-column .card").first().waitFor();
        manager.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Insights"))
                .click();
        manager.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName("Funnel: clients reaching each step"))
                .waitFor();
        guideScreenshot(manager, "insights");

        // how the funnel is counted, one click from its title, and gone again with Escape
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("How it is counted: Funnel"))
                .click();
        var help = manager.getByText("reached − entered is not");
        assertThat(help).isVisible();
        manager.keyboard().press("Escape");
        assertThat(help).isHidden();

        String interested = manager.locator(".figure-table")
                .first()
                .locator("tr:has(th:text-is('Interested'))")
                .locator("td")
                .nth(1)
                .textContent()
                .trim();
        manager.locator(".for-wide a[aria-label^='Interested:']").click();
        assertThat(manager).hasURL(Pattern.compile(".*insights/clients\\?.*figure=REACHED.*"));
        assertThat(manager.locator("h2")).containsText(interested + " clients");
        var first = manager.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S")))
                .nth(3);
        String client = first.textContent().trim();
        first.click();
        assertThat(manager.locator(".client-title h2")).hasText(client);
    }
}
