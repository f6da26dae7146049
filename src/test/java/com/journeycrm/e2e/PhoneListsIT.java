package com.journeycrm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list on a phone and on a tablet held upright: no list scrolls sideways (an action out of reach), no cell cuts
 * its text, and no word breaks inside itself — except an email or web address, which has no word to break at.
 */
class PhoneListsIT extends BrowserTest {

    private int width = 390;

    @Override
    int viewportWidth() {
        return width;
    }

    /** What is wrong with the lists now on the page, in words. */
    private static final String CHECK = """
            () => {
              const problems = [];
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                if (!grid.getClientRects().length) continue;
                const name = grid.getAttribute('aria-label') || 'a list';
                const table = grid.shadowRoot.querySelector('#table');
                if (table.scrollWidth > table.clientWidth + 2) problems.push(name + ' scrolls sideways');
                for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  const text = cell.textContent.trim();
                  if (!cell.getClientRects().length || !text) continue;
                  if (cell.scrollWidth > cell.clientWidth + 2) problems.push(name + ': cut "' + text.slice(0, 40) + '"');
                  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    for (const m of n.data.matchAll(/\\S+/g)) {
                      if (m[0].includes('@') || m[0].includes('://')) continue;
                      const range = document.createRange();
                      range.setStart(n, m.index);
                      range.setEnd(n, m.index + m[0].length);
                      if ([...range.getClientRects()].filter(r => r.width > 0).length > 1)
                        problems.push(name + ': "' + m[0] + '" broken inside');
                    }
                  }
                }
              }
              return [...new Set(problems)];
            }""";

    private final List<String> problems = new ArrayList<>();

    private void check(Page page, String where) {
        // the lists have rows and are laid out for the window's width (each list's view says which: WindowWidth)
        page.waitForFunction("() => { const grids = [...document.querySelectorAll('vaadin-grid')]"
                + ".filter(g => g.getClientRects().length);"
                + " return grids.length && grids.every(g => g.querySelector('vaadin-grid-cell-content')"
                + " && g.closest('[data-window-width=\"' + window.innerWidth + '\"]')); }");
        @SuppressWarnings("unchecked")
        var found = (List<String>) page.evaluate(CHECK);
        found.forEach(problem -> problems.add(width + " px, " + where + ": " + problem));
    }

    private void open(Page page, String path, String tab) {
        page.navigate(app.baseUrl + path);
        if (tab != null) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                    .click();
        }
        check(page, path + (tab == null ? "" : " › " + tab));
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 820})
    void every_list_fits_a_phone_and_a_tablet_with_whole_words_and_every_action_in_reach(int width) {
        this.width = width;
        var sales = loginAs("sales", PASSWORD);
        sales.locator(".stage-column .card").first().waitFor();
        open(sales, "/reminders", null);
        open(sales, "/reminders", "Overdue follow-ups");
        open(sales, "/clients", null);
        sales.locator("vaadin-grid-cell-content:has-text('Alder Pharma')")
                .first()
                .click();
        sales.locator(".client-title h2").waitFor();
        for (String tab : List.of("Contacts", "Services", "Changes")) {
            sales.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                    .click();
            check(sales, "a client › " + tab);
        }

        var manager = loginAs("manager", PASSWORD);
        manager.locator(".stage-column .card").first().waitFor();
        open(manager, "/reminders/team", null);
        open(manager, "/reminders/team", "Overdue follow-ups");

        var admin = loginAs("admin", PASSWORD);
        admin.locator(".stage-column .card").first().waitFor();
        for (String path : List.of("/admin/users", "/admin/stages", "/admin/services", "/admin/audit")) {
            open(admin, path, null);
        }
        assertThat(problems).isEmpty();
    }
}
