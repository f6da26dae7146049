package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's walk-through in a real browser: a sales user drags a client Informed → Deciding → Active
 * engagement (hired) while a manager's board, open in another browser, follows without reloading.
 */
class BoardIT extends BrowserTest {

    @Override
    int viewportWidth() {
        return 2600; // Informed, Deciding and Active engagement on screen at once: a drag cannot scroll
    }

    private static Locator column(Page page, String stage) {
        return page.locator(".stage-column[data-stage='" + stage + "']");
    }

    private static Locator card(Page page, String stage, String client) {
        // grids recycle row elements: a card that left a column may linger there hidden
        return column(page, stage).locator(".card[data-client='" + client + "']:visible");
    }

    private static void search(Page page, String text, String stage) {
        var field = page.locator("input[placeholder='Search clients']");
        field.fill(text);
        field.press("Enter");
        assertThat(column(page, stage).locator(".stage-count")).hasText("1");
    }

    /** A human-like drag: press, move in small steps (HTML5 drag needs several moves), release over the column. */
    private static void drag(Page page, Locator card, Locator targetColumn) {
        var from = card.boundingBox();
        var to = targetColumn.locator("vaadin-grid").boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + 10);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2 + 20, from.y + 20, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + 50, new Mouse.MoveOptions().setSteps(10));
        page.mouse().move(to.x + to.width / 2, to.y + 60, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    @Test
    void sales_drags_a_client_to_hired_and_the_managers_board_follows_live() {
        var sales = loginAs("sales", PASSWORD);
        String[] own = ownCard(sales, "Informed", "Asked for information", "On our list", "Interested", "Aware");
        String from = own[0];
        String client = own[1];

        var manager = loginAs("manager", PASSWORD);
        search(manager, client, from);
        assertThat(card(manager, from, client)).isVisible();
        search(sales, client, from);

        drag(sales, card(sales, from, client), column(sales, "Deciding"));
        assertThat(card(sales, "Deciding", client)).isVisible();
        assertThat(card(manager, "Deciding", client)).isVisible(); // pushed, no reload
        assertThat(card(manager, from, client)).hasCount(0);

        drag(sales, card(sales, "Deciding", client), column(sales, "Active engagement"));
        var dialog = sales.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Hired")).isVisible();
        screenshot(sales, "outcome-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move"))
                .click();

        assertThat(card(sales, "Active engagement", client)).isVisible();
        assertThat(card(manager, "Active engagement", client)).isVisible();
        screenshot(sales, "board-after-moves");
        screenshot(manager, "manager-board-live");
    }

    @Test
    void a_client_can_be_moved_with_the_keyboard_alone() {
        var sales = loginAs("sales", PASSWORD);
        var own = column(sales, "Aware")
                .locator(".card:has(.card-owner:text-is('Dana Sales'))")
                .first();
        String client = own.getAttribute("data-client");
        search(sales, client, "Aware");

        card(sales, "Aware", client).locator(".card-move").focus();
        sales.keyboard().press("Enter");
        var dialog = sales.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Move " + client + " to…")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Interested"))
                .focus();
        sales.keyboard().press("Enter");

        assertThat(card(sales, "Interested", client)).isVisible();
        assertThat(card(sales, "Aware", client)).hasCount(0);
        // focus is back on the moved card, where the keyboard user left off, not on the page body
        var move = card(sales, "Interested", client).locator(".card-move");
        assertThat(move).isFocused();
        assertThat(move).hasAccessibleName("Move to… — " + client);
    }

    @Test
    void a_card_dropped_on_a_column_header_or_its_very_edge_is_moved() {
        var sales = loginAs("sales", PASSWORD);
        String[] own = ownCard(sales, "Informed", "Interested", "Aware");
        String client = own[1];
        search(sales, client, own[0]);

        dragTo(sales, card(sales, own[0], client), column(sales, "On our list").locator(".stage-header"), 0.5);
        assertThat(card(sales, "On our list", client)).isVisible();

        var bottomEdge = column(sales, "Asked for information");
        dragTo(sales, card(sales, "On our list", client), bottomEdge, 0.995);
        assertThat(card(sales, "Asked for information", client)).isVisible();
        assertThat(card(sales, "Asked for information", client)).hasClass(Pattern.compile("arrived"));
    }

    /** The first of the stages with a card of the sales user's own, and that card's client: [stage, client]. */
    private static String[] ownCard(Page page, String... stages) {
        page.locator(".stage-column .card").first().waitFor();
        for (String stage : stages) {
            var own = column(page, stage).locator(".card:has(.card-owner:text-is('Dana Sales'))");
            if (own.count() > 0) {
                return new String[] {stage, own.first().getAttribute("data-client")};
            }
        }
        throw new AssertionError("the demo data gives Dana Sales no card in any of " + String.join(", ", stages));
    }

    /** Drags to a point {@code down} of the way from the target's top to its bottom. */
    private static void dragTo(Page page, Locator card, Locator target, double down) {
        var from = card.boundingBox();
        var to = target.boundingBox();
        double x = to.x + to.width / 2;
        double y = to.y + to.height * down;
        page.mouse().move(from.x + from.width / 2, from.y + 10);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2 + 20, from.y + 20, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(x, y - 10, new Mouse.MoveOptions().setSteps(10));
        page.mouse().move(x, y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    @Test
    void another_owners_card_cannot_be_moved_by_sales() {
        var sales = loginAs("sales", PASSWORD);
        String[] own = ownCard(sales, "Aware", "Informed", "Asked for information");
        var foreign = column(sales, "Interested")
                .locator(".card:has(.card-owner:text-is('Sven Sales'))")
                .first();
        String client = foreign.getAttribute("data-client");
        assertThat(card(sales, "Interested", client).locator(".card-move")).isHidden();

        drag(sales, card(sales, "Interested", client), column(sales, "On our list"));
        // the same gesture on an own card right after it: once that one has arrived, the board has taken both
        drag(sales, card(sales, own[0], own[1]), column(sales, "On our list"));
        assertThat(card(sales, "On our list", own[1])).isVisible();
        assertThat(card(sales, "Interested", client)).isVisible();
        assertThat(card(sales, "On our list", client)).hasCount(0);
    }

    @Test
    void back_from_a_client_returns_to_the_board_as_it_was_left() {
        var sales = loginAs("sales", PASSWORD);
        sales.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Prospects"))
                .click();
        sales.getByText("My clients").click();
        String[] own = ownCard(sales, "Aware", "Interested", "Informed");
        search(sales, own[1], own[0]);
        assertThat(sales).hasURL(Pattern.compile(".*view=prospects.*"));

        card(sales, own[0], own[1]).locator(".card-name").click();
        assertThat(sales.locator(".client-title h2")).hasText(own[1]);
        sales.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Contacts"))
                .click();
        assertThat(sales).hasURL(Pattern.compile(".*tab=contacts"));
        sales.goBack();

        assertThat(sales.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Prospects")))
                .hasAttribute("aria-selected", "true");
        assertThat(sales.locator("input[placeholder='Search clients']")).hasValue(own[1]);
        assertThat(sales.locator("vaadin-checkbox:has-text('My clients')")).hasAttribute("checked", "");
        assertThat(column(sales, own[0]).locator(".stage-count")).hasText("1");
        assertThat(column(sales, "Between engagements")).hasCount(0);
    }
}
