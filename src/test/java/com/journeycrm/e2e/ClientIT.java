package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's walk-through: a sales user opens a client from the board, logs a call with a contact, sees it on top
 * of the timeline and the card's "days since last touch" back to today; bad input is refused at the field.
 */
class ClientIT extends BrowserTest {

    private static Locator dialog(Page page) {
        return page.getByRole(AriaRole.DIALOG);
    }

    private static void save(Page page) {
        dialog(page)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
    }

    @Test
    void sales_logs_a_call_and_the_board_shows_it_as_the_last_touch() {
        var page = loginAs("sales", PASSWORD);
        var card = page.locator(".stage-column[data-stage='Interested'] .card:has(.card-owner:text-is('Dana Sales'))")
                .first();
        String client = card.getAttribute("data-client");
        card.locator(".card-name").click();

        assertThat(page.locator(".client-title h2")).hasText(client);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log touch point"))
                .click();
        var contact =
                dialog(page).locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Contact"));
        contact.locator("input").click();
        page.locator("vaadin-combo-box-item").first().click();
        dialog(page).getByLabel("Summary").fill("Called about the audit next spring");
        save(page);

        assertThat(page.locator(".timeline-title").first()).hasText("Called about the audit next spring");
        assertThat(page.locator(".client-facts")).containsText("(today, Call)");
        assertThat(dialog(page)).isHidden();
        guideScreenshot(page, "client-view");

        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Board"))
                .click();
        var search = page.locator("input[placeholder='Search clients']");
        search.fill(client);
        search.press("Enter");
        assertThat(page.locator(".card[data-client='" + client + "']:visible")).containsText("touched today");
    }

    @Test
    void a_summary_stops_at_200_characters_and_a_future_date_is_refused_at_the_field() {
        var page = loginAs("sales", PASSWORD);
        page.locator(".stage-column .card:has(.card-owner:text-is('Dana Sales')) .card-name")
                .first()
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log touch point"))
                .click();

        // the browser stops at the limit (the server refuses more, for a browser that does not)
        dialog(page).getByLabel("Summary").fill("x".repeat(300));
        assertThat(dialog(page).getByLabel("Summary")).hasValue("x".repeat(200));
        assertThat(dialog(page).getByText("Up to 200 characters")).isVisible();

        dialog(page).getByLabel("Summary").fill("Short and fine");
        var date = dialog(page).locator("vaadin-date-time-picker vaadin-date-picker input");
        date.fill("1/1/2099");
        date.press("Enter");
        save(page);
        assertThat(dialog(page).getByText("A touch point cannot be in the future"))
                .isVisible();
        screenshot(page, "touch-point-refused");

        dialog(page)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(page.locator(".timeline-title").filter(new Locator.FilterOptions().setHasText("Short and fine")))
                .hasCount(0);
    }
}
