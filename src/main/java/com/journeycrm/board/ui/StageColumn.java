package com.journeycrm.board.ui;

import com.journeycrm.base.ui.TemplateWords;
import com.journeycrm.board.ClientCard;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One stage on the board: a header (name, count, WIP limit) and a lazily loaded Grid of cards. A Grid keeps
 * only the rows in view in the browser, so a column of thousands costs the same as a column of ten. The whole
 * column, header and edges included, takes a dropped card (not only the grid's rows).
 */
public class StageColumn extends Composite<Div> implements DropTarget<StageColumn> {

    /** What the board does when something happens in a column. */
    public interface Actions {
        void dragStarted(ClientCard card);

        void dragEnded();

        void droppedOn(StageSummary stage);

        void moveMenu(ClientCard card);

        void open(ClientCard card);
    }

    static final int PAGE_SIZE = 30;

    /**
     * A card is plain elements, its button a native one styled as Lumo's small tertiary button: a board draws up to a
     * few hundred cards, and a vaadin-button each (a custom element with its own shadow tree) cost ~40 ms of the
     * 320–430 ms Chromium took to open the board (BoardOpenBenchmarkIT, with 120 and with 100,000 clients).
     */
    private static final String CARD_TEMPLATE = """
            <div class="card ${item.marks}" data-client="${item.name}" data-id="${item.id}">
              <div class="card-name">${item.name}</div>
              <div class="card-owner">${item.owner}</div>
              <div class="card-stats">
                <span title="{{inStageTitle}}">${item.inStage}</span>
                <span title="{{touchTitle}}">${item.touch}</span>
              </div>
              <div class="card-foot">
                <span class="mark mark-quiet" ?hidden=${!item.quiet}>{{quiet}}</span>
                <span class="mark mark-overdue" ?hidden=${!item.overdue}>{{overdue}}</span>
                <button type="button" class="card-move" aria-label="{{moveTo}} — ${item.name}" ?hidden=${!item.movable}
                    @click=${e => { e.stopPropagation(); moveMenu(); }}>{{moveTo}}</button>
              </div>
            </div>""";

    private final StageSummary stage;
    private final Grid<ClientCard> grid = new Grid<>();
    private final Span countLabel = new Span("0");
    private long count;
    private long arrived = -1;
    private final Span wip = new Span();

    public StageColumn(
            StageSummary stage,
            CallbackDataProvider.FetchCallback<ClientCard, Void> fetch,
            Supplier<Instant> now,
            Predicate<ClientCard> movable,
            Actions actions) {
        this.stage = stage;
        var root = getContent();
        root.addClassName("stage-column");
        root.getElement().setAttribute("data-stage", stage.name());
        root.getElement().setAttribute("data-stage-id", String.valueOf(stage.id()));
        root.getStyle().set("--stage-colour", stage.colour());
        root.add(createHeader(), grid);
        configureGrid(fetch, now, movable, actions);
        setActive(true);
        setDropEffect(DropEffect.MOVE);
        addDropListener(e -> actions.droppedOn(stage));
    }

    private Div createHeader() {
        var name = new Span(stage.name());
        name.addClassName("stage-name");
        countLabel.addClassName("stage-count");
        countLabel.getElement().setAttribute("aria-label", getTranslation("board.column.count", stage.name()));
        wip.addClassName("stage-wip");
        wip.setVisible(stage.wipLimit() != null);
        var header = new Div(name, countLabel, wip);
        header.addClassName("stage-header");
        return header;
    }

    private void configureGrid(
            CallbackDataProvider.FetchCallback<ClientCard, Void> fetch,
            Supplier<Instant> now,
            Predicate<ClientCard> movable,
            Actions actions) {
        grid.addClassName("stage-cards");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setAllRowsVisible(false);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(LitRenderer.<ClientCard>of(cardTemplate())
                .withProperty("id", ClientCard::id)
                .withProperty("name", ClientCard::name)
                .withProperty("owner", ClientCard::ownerName)
                .withProperty("inStage", c -> getTranslation("board.card.inStage", c.daysInStage(now.get())))
                .withProperty("touch", c -> touchText(c, now.get()))
                .withProperty("quiet", c -> c.quiet(now.get()))
                .withProperty("overdue", c -> c.followUpOverdue(now.get()))
                .withProperty("movable", movable::test)
                .withProperty(
                        "marks",
                        c -> (c.quiet(now.get()) || c.followUpOverdue(now.get()) ? "attention" : "")
                                + (movable.test(c) ? "" : " locked")
                                + (c.id() == arrived ? " arrived" : ""))
                .withFunction("moveMenu", actions::moveMenu));
        // the count comes from the board's one grouped query (setCount), not from a query per column; a known
        // size also spares the grid from probing for more rows when a column is full
        grid.setItems(fetch, query -> (int) Math.min(Integer.MAX_VALUE, count));
        grid.setRowsDraggable(true);
        grid.setDragFilter(movable::test);
        grid.addDragStartListener(e -> e.getDraggedItems().stream().findFirst().ifPresent(actions::dragStarted));
        grid.addDragEndListener(e -> actions.dragEnded());
        grid.addItemClickListener(e -> actions.open(e.getItem()));
        grid.setAriaLabel(getTranslation("board.column.label", stage.name()));
    }

    private String touchText(ClientCard card, Instant now) {
        Long days = card.daysSinceTouch(now);
        return days == null
                ? getTranslation("board.card.neverTouched")
                : days == 0 ? getTranslation("board.card.touchedToday") : getTranslation("board.card.touched", days);
    }

    /** The card's words, in the user's language, written into its template (as text, escaped). */
    private String cardTemplate() {
        return TemplateWords.fill(
                this,
                CARD_TEMPLATE,
                Map.of(
                        "inStageTitle", "board.card.inStage.title",
                        "touchTitle", "board.card.touch.title",
                        "quiet", "board.mark.quiet",
                        "overdue", "board.mark.overdue",
                        "moveTo", "journey.moveTo"));
    }

    public void setCount(long clients) {
        count = clients;
        countLabel.setText(String.valueOf(clients));
        if (stage.wipLimit() != null) {
            wip.setText(getTranslation("board.wip", stage.wipLimit()));
            boolean over = stage.overWipLimit(clients);
            getContent().setClassName("over-wip", over);
            wip.setTitle(getTranslation(over ? "board.wip.over" : "board.wip.title"));
        }
    }

    /**
     * A card just moved here by this user: scrolled into view at its place in the column and highlighted, so
     * the user sees it land even at the bottom of a long column.
     */
    public void showArrival(long clientId, int index) {
        arrived = clientId;
        grid.getDataProvider().refreshAll();
        grid.scrollToIndex(index);
    }

    long arrived() {
        return arrived;
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    public StageSummary stage() {
        return stage;
    }

    public Grid<ClientCard> grid() {
        return grid;
    }

    public String countText() {
        return countLabel.getText();
    }
}
