package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The first hour's rough edges, in Chromium: the refusal page, the top-bar search, and a phone after a meeting. */
class PolishIT extends BrowserTest {

    @Test
    void a_page_the_role_may_not_see_says_so_inside_the_app_with_the_way_back() {
        var sales = loginAs("sales", PASSWORD);
        sales.locator(".stage-column .card").first().waitFor();
        sales.navigate(app.baseUrl + "/admin/users");
        assertThat(sales.locator(".error-page h2")).hasText("You don't have access to this page");
        assertThat(sales.locator("vaadin-side-nav")).isVisible();
        screenshot(sales, "no-access");
        sales.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the board"))
                .click();
        sales.locator(".stage-column .card").first().waitFor();

        sales.navigate(app.baseUrl + "/no/such/page");
        assertThat(sales.locator(".error-page h2")).hasText("There is no such page");
    }

    @Test
    void the_top_bar_search_finds_a_client_by_a_contacts_email_and_opens_it() {
        var sales = loginAs("sales", PASSWORD);
        sales.locator(".stage-column .card").first().waitFor();
        sales.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Clients"))
                .click();
        sales.locator("vaadin-grid-cell-content").first().waitFor();

        var search = sales.locator(".quick-search input");
        search.fill("elena.");
        var first = sales.locator("vaadin-combo-box-item").first();
        assertThat(first.locator(".hit-detail")).containsText("@");
        String client = first.locator(".hit-name").textContent();
        first.click();

        assertThat(sales.locator(".client-title h2")).hasText(client);
        assertThat(sales.locator(".navbar-title")).hasText("Client");
    }

    @Test
    void on_a_phone_a_sales_person_logs_a_touch_point_from_my_reminders_without_scrolling_sideways() {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        context.setDefaultTimeout(20_000);
        var phone = context.newPage();
        try {
            phone.navigate(app.baseUrl + "/login");
            phone.locator("input[name=username]").fill("sales");
            phone.locator("input[name=password]").fill(PASSWORD);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            phone.locator(".stage-column").first().waitFor();
            phone.navigate(app.baseUrl + "/reminders");
            var client = phone.locator(".client-cell a").first();
            assertThat(client).isVisible();
            assertNoSidewaysScroll(phone);
            screenshot(phone, "phone-reminders");
            client.click();

            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log touch point"))
                    .click();
            var dialog = phone.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Summary").fill("Coffee after the workshop");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(phone.locator(".timeline-title").first()).hasText("Coffee after the workshop");
            assertNoSidewaysScroll(phone);
            screenshot(phone, "phone-client");
        } finally {
            context.close();
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assertions.assertThat(wider).as("page wider than the phone").isEqualTo(false);
    }
}
