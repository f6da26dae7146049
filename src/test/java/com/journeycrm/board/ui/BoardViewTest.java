package com.journeycrm.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.journeycrm.KaribuTest;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.board.ClientCard;
import com.journeycrm.client.Client;
import com.journeycrm.journey.MoveService;
import com.journeycrm.journey.ui.MoveToDialog;
import com.journeycrm.journey.ui.OutcomeDialog;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSettings;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragEndEvent;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class BoardViewTest extends KaribuTest {

    @Autowired
    MoveService moveService;

    @Autowired
    BoardService boardService;

    @Autowired
    StageAdminService stageAdmin;

    @Autowired
    StageService stages;

    BoardView board;

    @BeforeEach
    void openBoardAsSales() {
        login("sales");
        navigate("");
        board = _get(BoardView.class);
    }

    private StageColumn column(String stage) {
        return board.columns.stream()
                .filter(c -> c.stage().name().equals(stage))
                .findFirst()
                .orElseThrow();
    }

    private static List<ClientCard> cards(StageColumn column) {
        return GridKt._fetch(column.grid(), 0, 1000);
    }

    private static ClientCard card(StageColumn column, long clientId) {
        return cards(column).stream()
                .filter(c -> c.id() == clientId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no card " + clientId + " in " + column.stage().name()));
    }

    private static boolean shows(StageColumn column, long clientId) {
        return cards(column).stream().anyMatch(c -> c.id() == clientId);
    }

    /**
     * What a browser sends when a card is dragged from one column's grid and dropped anywhere on another column
     * (the column, not its grid, takes the drop: its header and edges too).
     */
    private void drag(StageColumn from, ClientCard card, StageColumn to) {
        Grid<ClientCard> source = from.grid();
        var dragged = JsonNodeFactory.instance.objectNode();
        dragged.putArray("draggedItems")
                .addObject()
                .put("key", source.getDataCommunicator().getKeyMapper().key(card));
        ComponentUtil.fireEvent(source, new GridDragStartEvent<>(source, true, dragged));
        ComponentUtil.fireEvent(to, new DropEvent<>(to, true, "move"));
        ComponentUtil.fireEvent(source, new GridDragEndEvent<>(source, true));
        MockVaadin.clientRoundtrip(false); // the pushed board event refreshes the columns, as in a browser
    }

    private Client client(String stage) {
        return data.client(data.unique("Acme"), "sales", stage);
    }

    @Test
    void the_board_has_a_column_per_stage_grouped_by_phase_with_counts() {
        assertThat(board.columns).hasSize(12);
        var counts = boardService.countByStage(BoardFilter.ALL);
        for (StageColumn column : board.columns) {
            assertThat(column.countText())
                    .isEqualTo(String.valueOf(counts.getOrDefault(column.stage().id(), 0L)));
        }
        board.views.setSelectedIndex(1); // Prospects
        assertThat(board.columns).extracting(c -> c.stage().phase().name()).containsOnly("PRE_PURCHASE");
        board.views.setSelectedIndex(3); // Former
        assertThat(board.columns)
                .extracting(c -> c.stage().name())
                .containsExactly("Former — advocate", "Former — gone for good");
    }

    @Test
    void dropping_a_card_on_another_column_moves_the_client() {
        var client = client("Informed");
        board.refreshAll();
        var informed = column("Informed");
        var deciding = column("Deciding");
        long before = Long.parseLong(deciding.countText());

        drag(informed, card(informed, client.getId()), deciding);

        assertThat(shows(deciding, client.getId())).isTrue();
        assertThat(shows(informed, client.getId())).isFalse();
        assertThat(deciding.countText()).isEqualTo(String.valueOf(before + 1));
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");
        assertThat(notificationTexts()).contains("Moved " + client.getName() + " to Deciding.");
    }

    @Test
    void moving_out_of_deciding_asks_for_the_outcome_and_records_it() {
        var client = client("Deciding");
        board.refreshAll();
        var deciding = column("Deciding");
        drag(deciding, card(deciding, client.getId()), column("Active engagement"));

        var dialog = _get(OutcomeDialog.class);
        assertThat(_find(dialog, RadioButtonGroup.class))
                .as("one fitting outcome is no choice")
                .isEmpty();
        assertThat(_get(dialog, Paragraph.class).getText()).contains("recorded as Hired");
        _get(dialog, TextArea.class).setValue("Signed the letter");
        _click(_get(dialog, Button.class, spec -> spec.withText("Move")));
        MockVaadin.clientRoundtrip(false);

        assertThat(shows(column("Active engagement"), client.getId())).isTrue();
        var last = data.history(client.getId()).getFirst();
        assertThat(last.getOutcome()).isEqualTo(Outcome.HIRED);
        assertThat(last.getReason()).isEqualTo("Signed the letter");
    }

    @Test
    void cancelling_the_outcome_dialog_leaves_the_card_where_it_was() {
        var client = client("Deciding");
        board.refreshAll();
        var deciding = column("Deciding");
        drag(deciding, card(deciding, client.getId()), column("Lost"));

        _click(_get(_get(OutcomeDialog.class), Button.class, spec -> spec.withText("Cancel")));

        assertThat(shows(deciding, client.getId())).isTrue();
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");
        assertThat(data.history(client.getId())).hasSize(1);
    }

    @Test
    void sales_cannot_move_a_client_they_do_not_own() {
        var other = data.client(data.unique("Foreign"), "sales2", "Informed");
        board.refreshAll();
        var informed = column("Informed");
        var card = card(informed, other.getId());
        assertThat(informed.grid().getDragFilter().test(card))
                .as("not draggable")
                .isFalse();

        // even if a drop arrives anyway, the service refuses it
        drag(informed, card, column("Deciding"));

        assertThat(data.reload(other.getId()).getStage().getName()).isEqualTo("Informed");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("only your own clients"));
        assertThat(shows(informed, other.getId())).isTrue();
    }

    @Test
    void a_move_that_lost_a_race_is_refused_with_who_moved_it_and_the_board_shows_the_current_state() {
        var client = client("Interested");
        board.refreshAll();
        var interested = column("Interested");
        var staleCard = card(interested, client.getId());

        data.loginAs("manager");
        moveService.moveClient(client.getId(), data.stage("Informed").getId(), null, null, client.getVersion());
        login("sales");

        drag(interested, staleCard, column("On our list"));

        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("Morgan Manager moved " + client.getName() + " to Informed"));
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Informed");
        assertThat(shows(column("Informed"), client.getId())).isTrue();
        assertThat(shows(column("On our list"), client.getId())).isFalse();
    }

    @Test
    void undo_after_a_move_puts_the_card_back() {
        var client = client("Informed");
        board.refreshAll();
        drag(column("Informed"), card(column("Informed"), client.getId()), column("Deciding"));

        var undo = _find(Button.class).stream()
                .filter(b -> "Undo".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        _click(undo);
        MockVaadin.clientRoundtrip(false);

        assertThat(shows(column("Informed"), client.getId())).isTrue();
        assertThat(shows(column("Deciding"), client.getId())).isFalse();
        assertThat(data.history(client.getId())).hasSize(3);
    }

    @Test
    void the_move_to_menu_moves_a_client_without_dragging() {
        var client = client("Aware");
        board.refreshAll();
        board.moveMenu(card(column("Aware"), client.getId()));

        var dialog = _get(MoveToDialog.class);
        var target = _find(dialog, Button.class).stream()
                .filter(b -> "Interested".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        var current = _find(dialog, Button.class).stream()
                .filter(b -> "Aware".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        assertThat(current.isEnabled()).isFalse();
        _click(target);
        MockVaadin.clientRoundtrip(false);

        assertThat(shows(column("Interested"), client.getId())).isTrue();
    }

    @Test
    void a_moved_card_is_scrolled_to_and_highlighted_where_it_lands_even_below_the_fold() {
        // a long destination column: the moved card, newest in its stage, sorts after all of these
        for (int i = 0; i < 40; i++) {
            client("Interested");
        }
        var client = client("Aware");
        board.refreshAll();
        board.moveMenu(card(column("Aware"), client.getId()));
        _click(_find(_get(MoveToDialog.class), Button.class).stream()
                .filter(b -> "Interested".equals(b.getText()))
                .findFirst()
                .orElseThrow());
        MockVaadin.clientRoundtrip(false);

        var interested = column("Interested");
        assertThat(interested.arrived()).isEqualTo(client.getId());
        int index =
                boardService.positionInColumn(client.getId(), board.filter()).orElseThrow();
        assertThat(cards(interested).get(index).id()).isEqualTo(client.getId());
        assertThat(index).isGreaterThanOrEqualTo(40);
    }

    @Test
    void a_card_the_filter_hides_has_no_place_to_scroll_to() {
        var client = client("Aware");
        assertThat(boardService.positionInColumn(client.getId(), new BoardFilter(null, "no such name", false)))
                .isEmpty();
        assertThat(boardService.positionInColumn(client.getId(), new BoardFilter(null, client.getName(), false)))
                .hasValue(0);
    }

    @Test
    void filters_narrow_every_column_and_its_count() {
        var mine = client("Asked for information");
        var theirs = data.client(data.unique("Theirs"), "sales2", "Asked for information");
        var asked = column("Asked for information");

        board.filters.search.setValue(mine.getName());
        assertThat(cards(asked)).extracting(ClientCard::id).containsExactly(mine.getId());
        assertThat(asked.countText()).isEqualTo("1");

        board.filters.search.clear();
        board.filters.mine.setValue(true);
        assertThat(cards(asked)).extracting(ClientCard::ownerName).containsOnly("Dana Sales");
        assertThat(shows(asked, theirs.getId())).isFalse();

        board.filters.mine.setValue(false);
        board.filters.attentionOnly.setValue(true);
        assertThat(shows(asked, mine.getId())).as("just entered, not quiet yet").isFalse();
        clock.advance(Duration.ofDays(4)); // Asked for information: quiet after 3 days
        board.refreshAll();
        assertThat(shows(asked, mine.getId())).isTrue();
    }

    @Test
    void the_board_opens_as_its_address_says_and_keeps_its_filters_there() {
        var mine = client("Asked for information");
        navigate("board?view=prospects&mine=1&q=" + mine.getName());
        board = _get(BoardView.class);
        assertThat(board.views.getSelectedIndex()).isEqualTo(BoardView.View.PROSPECTS.ordinal());
        assertThat(board.filters.mine.getValue()).isTrue();
        assertThat(board.filters.search.getValue()).isEqualTo(mine.getName());
        assertThat(board.columns).extracting(c -> c.stage().phase()).containsOnly(Phase.PRE_PURCHASE);
        assertThat(cards(column("Asked for information")))
                .extracting(ClientCard::id)
                .containsExactly(mine.getId());

        board.filters.attentionOnly.setValue(true);
        String q = "q=" + mine.getName().replace(" ", "%20");
        assertThat(address()).containsExactlyInAnyOrder("view=prospects", "mine=1", q, "attention=1");
        board.views.setSelectedIndex(BoardView.View.WHOLE.ordinal());
        address(); // the tab's own change
        board.filters.mine.setValue(false);
        assertThat(address()).containsExactlyInAnyOrder(q, "attention=1");
    }

    @Test
    void a_hand_edited_address_opens_the_whole_board_without_complaint() {
        navigate("board?view=nope&owner=abc&q=" + "x".repeat(500));
        board = _get(BoardView.class);
        assertThat(board.views.getSelectedIndex()).isEqualTo(BoardView.View.WHOLE.ordinal());
        assertThat(board.filters.owner.getValue()).isNull();
        assertThat(board.filters.search.getValue()).isEmpty();
        assertThat(board.columns).extracting(c -> c.stage().phase()).contains(Phase.PRE_PURCHASE, Phase.FORMER_CLIENT);
    }

    /** The parts of the board's address now, in no order ("board?" and its query, split at "&"). */
    private static List<String> address() {
        String address = lastReplacedAddress();
        assertThat(address).startsWith("board?");
        return List.of(address.substring("board?".length()).split("&"));
    }

    @Test
    void a_column_over_its_wip_limit_is_marked_and_still_accepts_moves() {
        var owner = data.newUser(Role.SALES, "pw");
        for (int i = 0; i < 10; i++) {
            data.client(data.unique("Deciding"), owner.getUsername(), "Deciding");
        }
        var extra = data.client(data.unique("One more"), owner.getUsername(), "Informed");
        login("manager");
        navigate("clients"); // leave, so the board is built afresh and knows the new owner
        navigate("");
        board = _get(BoardView.class);
        board.filters.owner.setValue(board.filters
                .owner
                .getListDataView()
                .getItems()
                .filter(u -> u.id() == owner.getId())
                .findFirst()
                .orElseThrow());
        var deciding = column("Deciding");
        assertThat(deciding.countText()).isEqualTo("10");
        assertThat(deciding.getElement().getClassList().contains("over-wip")).isFalse();

        drag(column("Informed"), card(column("Informed"), extra.getId()), deciding);

        assertThat(deciding.countText()).isEqualTo("11");
        assertThat(deciding.getElement().getClassList().contains("over-wip"))
                .as("limit 10, now 11")
                .isTrue();
        assertThat(shows(deciding, extra.getId())).isTrue();
    }

    @Test
    void a_move_made_by_someone_else_reaches_an_open_board_without_reload() {
        var client = data.client(data.unique("Live"), "sales2", "Aware");
        board.refreshAll();
        assertThat(shows(column("Interested"), client.getId())).isFalse();

        data.loginAs("sales2");
        moveService.moveClient(client.getId(), data.stage("Interested").getId(), null, null, client.getVersion());
        login("sales");
        MockVaadin.clientRoundtrip(false);

        assertThat(shows(column("Interested"), client.getId())).isTrue();
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    void an_admin_renaming_a_stage_reshapes_an_open_board_at_once() {
        var interested = board.columns.stream()
                .filter(c -> c.stage().name().equals("Interested"))
                .findFirst()
                .orElseThrow()
                .stage();
        String renamed = data.unique("Keen");
        data.loginAs("admin");
        stageAdmin.update(
                interested.id(),
                interested.version(),
                StageSettings.of(renamed, StagePalette.ROSE, interested.quietThresholdDays(), interested.wipLimit()));
        try {
            login("sales");
            MockVaadin.clientRoundtrip(false);
            assertThat(board.columns)
                    .extracting(c -> c.stage().name())
                    .contains(renamed)
                    .doesNotContain("Interested");
            assertThat(column(renamed).stage().colour()).isEqualTo(StagePalette.ROSE.hex());
        } finally {
            data.loginAs("admin");
            var now = stages.listStages().stream()
                    .filter(st -> st.id() == interested.id())
                    .findFirst()
                    .orElseThrow();
            stageAdmin.update(
                    now.id(),
                    now.version(),
                    StageSettings.of(
                            "Interested",
                            StagePalette.of(interested.colour()).orElseThrow(),
                            interested.quietThresholdDays(),
                            interested.wipLimit()));
        }
    }
}
