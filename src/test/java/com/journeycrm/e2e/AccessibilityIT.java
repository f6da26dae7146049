package com.journeycrm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * axe-core on every view, as each role sees it: no WCAG 2.1 A/AA violation. Run against the packaged jar in
 * Chromium, after the view has loaded its data (empty grids hide most problems).
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static List<String> violations(Page page) {
        // every grid has loaded its rows (empty grids hide most problems)
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading)");
        var results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return results.getViolations().stream()
                .filter(rule -> !fromVaadinTabs(rule))
                .map(AccessibilityIT::describe)
                .toList();
    }

    /**
     * The one exclusion, from a Vaadin component itself: {@code vaadin-tabs} has role "tablist" while its
     * {@code vaadin-tab} children (role "tab") reach it through a shadow-DOM slot, which axe does not follow, so
     * it reports the tablist as empty. Screen readers see the tabs (checked with Chromium's accessibility tree).
     * Only that rule on that element is dropped; the tabs themselves are still checked.
     */
    private static boolean fromVaadinTabs(Rule rule) {
        return "aria-required-children".equals(rule.getId())
                && rule.getNodes().stream()
                        .allMatch(n -> n.getTarget().toString().contains("vaadin-tabs"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .map(n -> n.getTarget().toString())
                        .limit(3)
                        .collect(Collectors.joining(", "));
    }

    private static void open(Page page, String route, String ready) {
        page.navigate(app.baseUrl + "/" + route);
        page.locator(ready).first().waitFor();
    }

    @Test
    void the_login_page_has_no_violations() {
        var page = newPage();
        page.navigate(app.baseUrl + "/login");
        page.locator("vaadin-login-form").waitFor();
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void the_sales_views_have_no_violations() {
        var page = loginAs("sales", PASSWORD);
        page.locator(".stage-column .card").first().waitFor();
        assertThat(violations(page)).as("board").isEmpty();

        open(page, "clients", "vaadin-grid-cell-content");
        assertThat(violations(page)).as("clients").isEmpty();

        open(page, "reminders", "vaadin-grid-cell-content a");
        assertThat(violations(page)).as("my reminders").isEmpty();

        page.locator("vaadin-grid-cell-content a").first().click();
        page.locator(".client-title h2").waitFor();
        for (String tab : List.of("Timeline", "Profile", "Contacts", "Follow-ups", "Services", "Referrals")) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                    .click();
            assertThat(violations(page)).as("client view, " + tab).isEmpty();
        }
    }

    @Test
    void the_manager_and_admin_views_have_no_violations() {
        var manager = loginAs("manager", PASSWORD);
        manager.locator(".stage-column .card").first().waitFor();
        open(manager, "reminders/team", "vaadin-grid-cell-content a");
        assertThat(violations(manager)).as("team reminders").isEmpty();
        open(manager, "insights?period=all", ".insight svg");
        assertThat(violations(manager)).as("insights").isEmpty();
        open(manager, "data", "vaadin-upload");
        assertThat(violations(manager)).as("import and export").isEmpty();

        var admin = loginAs("admin", PASSWORD);
        admin.locator(".stage-column .card").first().waitFor();
        open(admin, "admin/users", "vaadin-grid-cell-content");
        assertThat(violations(admin)).as("users").isEmpty();
        open(admin, "admin/backup", "vaadin-button");
        assertThat(violations(admin)).as("backup").isEmpty();
        for (String route : new String[] {"admin/stages", "admin/services", "admin/audit"}) {
            open(admin, route, "vaadin-grid-cell-content");
            assertThat(violations(admin)).as(route).isEmpty();
        }
    }

    @Test
    void the_refusal_page_and_the_dialogs_have_no_violations() {
        var page = loginAs("sales", PASSWORD);
        page.locator(".stage-column .card").first().waitFor();
        open(page, "admin/users", ".error-page h2");
        assertThat(violations(page)).as("no access").isEmpty();

        open(page, "clients", "vaadin-grid-cell-content");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client"))
                .click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create"))
                .waitFor();
        assertThat(violations(page)).as("new client dialog").isEmpty();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
    }
}
