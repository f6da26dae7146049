package com.journeycrm.board.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.board.BoardBroadcaster;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.board.ClientCard;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.client.ui.NewClientFlow;
import com.journeycrm.journey.MoveService;
import com.journeycrm.journey.ui.ClientMover;
import com.journeycrm.journey.ui.MoveToDialog;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The journey board: a column per stage, grouped by phase; drag a card (or use "Move to…") to move a client.
 * Columns load lazily, a page at a time; moves made elsewhere arrive by server push.
 */
@Route("")
@RouteAlias("board")
@Menu(order = 0, title = "menu.board", icon = "vaadin:grid-big")
@PermitAll
public class BoardView extends VerticalLayout implements StageColumn.Actions, TitledView, BeforeEnterObserver {

    /** The board's views; the address names all but the whole journey ({@code view=prospects}). */
    enum View {
        WHOLE("board.view.whole", EnumSet.allOf(Phase.class)),
        PROSPECTS("board.view.prospects", EnumSet.of(Phase.PRE_PURCHASE)),
        CLIENTS("board.view.clients", EnumSet.of(Phase.CLIENT_EXPERIENCE, Phase.BETWEEN_ENGAGEMENTS)),
        FORMER("board.view.former", EnumSet.of(Phase.FORMER_CLIENT));

        final String label;
        final Set<Phase> phases;

        View(String label, Set<Phase> phases) {
            this.label = label;
            this.phases = phases;
        }
    }

    static final String REFUSAL_NOTE = "board.refusalNote";

    private final BoardService boardService;
    private final BoardBroadcaster broadcaster;
    private final Clock clock;
    private final CurrentUser me;
    private final StageService stageService;
    private final MoveService moves;
    private List<StageSummary> stages;
    private ClientMover mover;
    private final ClientService clients;
    private final UserService users;

    final Tabs views = new Tabs();
    final BoardFilters filters;
    final Div board = new Div();
    final List<StageColumn> columns = new ArrayList<>();

    private View view = View.WHOLE;
    /** The path the board was opened at ("" or "board"): the address keeps it when the filters change. */
    private String path = "";
    /** Set while the view and filters are taken from the address. */
    private boolean entering;

    private ClientCard dragged;
    private Runnable unregister;

    public BoardView(
            BoardService boardService,
            StageService stageService,
            MoveService moves,
            ClientService clients,
            UserService users,
            BoardBroadcaster broadcaster,
            Clock clock) {
        this.boardService = boardService;
        this.clients = clients;
        this.users = users;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.me = users.currentUser();
        this.stageService = stageService;
        this.moves = moves;
        loadStages();
        addClassName("board-view");
        setSizeFull();
        setPadding(false);
        this.filters = new BoardFilters(users.listActiveUsers(), me, () -> {
            refreshAll();
            keepInAddress();
        });
        board.addClassName("board");
        add(createToolbar(), board);
        setFlexGrow(1, board);
    }

    /** The view and the filters come from the address, so Back from a client and a bookmark show the board as it was. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        var query = event.getLocation().getQueryParameters();
        entering = true;
        try {
            filters.apply(query);
            String named =
                    query.getParameters().getOrDefault("view", List.of("")).getFirst();
            view = java.util.Arrays.stream(View.values())
                    .filter(v -> v != View.WHOLE && v.name().equalsIgnoreCase(named))
                    .findFirst()
                    .orElse(View.WHOLE);
            views.setSelectedIndex(view.ordinal());
        } finally {
            entering = false;
        }
        buildColumns();
    }

    /** The address names the view and filters now shown: replaced, not added, so Back leaves the board. */
    private void keepInAddress() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (view != View.WHOLE) {
            query.put("view", List.of(view.name().toLowerCase(java.util.Locale.ROOT)));
        }
        query.putAll(filters.toQuery());
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(query))));
    }

    private void loadStages() {
        stages = stageService.listStages();
        // after a move, the committed event (pushed to every board, this one included) refreshes just the two
        // columns involved; only a refusal means this board is stale as a whole
        mover = new ClientMover(moves, stages, this::showArrival, this::refreshAll, getTranslation(REFUSAL_NOTE));
    }

    private Component createToolbar() {
        for (View v : View.values()) {
            views.add(new Tab(getTranslation(v.label)));
        }
        views.addSelectedChangeListener(e -> {
            if (entering) {
                return;
            }
            view = View.values()[views.getSelectedIndex()];
            buildColumns();
            keepInAddress();
        });
        var newClient = new Button(getTranslation("board.newClient"), new Icon(VaadinIcon.PLUS), e -> openNewClient());
        newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.addAction(newClient);
        var toolbar = new Div(views, filters);
        toolbar.addClassName("board-toolbar");
        return toolbar;
    }

    private void openNewClient() {
        NewClientFlow.open(
                clients,
                users,
                stages,
                id -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.params(id))));
    }

    BoardFilter filter() {
        return filters.value();
    }

    private void buildColumns() {
        board.removeAll();
        columns.clear();
        for (Phase phase : Phase.values()) {
            if (!view.phases.contains(phase)) {
                continue;
            }
            var phaseColumns = new Div();
            phaseColumns.addClassName("phase-columns");
            stages.stream().filter(s -> s.phase() == phase).forEach(stage -> {
                var pages = new KeysetPages(
                        (after, limit) -> boardService.columnAfter(stage.id(), filter(), after, limit),
                        (offset, limit) ->
                                boardService.column(stage.id(), filter(), PageRequest.of(offset / limit, limit)));
                var column = new StageColumn(
                        stage,
                        query -> {
                            if (query.getOffset() == 0) {
                                pages.forget(); // a refresh reads the column again from its start
                            }
                            return pages.fetch(query.getOffset(), query.getLimit());
                        },
                        clock::instant,
                        card -> me.mayChangeClientOwnedBy(card.ownerId()),
                        this);
                columns.add(column);
                phaseColumns.add(column);
            });
            var title = new Span(getTranslation(Translations.key(phase)));
            title.addClassName("phase-title");
            var group = new Div(title, phaseColumns);
            group.addClassName("phase-group");
            board.add(group);
        }
        refreshCounts();
    }

    void refreshAll() {
        columns.forEach(StageColumn::refresh);
        refreshCounts();
    }

    private void refreshCounts() {
        var counts = boardService.countByStage(filter());
        columns.forEach(c -> c.setCount(counts.getOrDefault(c.stage().id(), 0L)));
    }

    /**
     * The card the user just moved: scrolled to and highlighted in its new column, and keyboard focus back on it
     * (on its "Move to…" button), where the user left off, not on the page body.
     */
    void showArrival(long clientId) {
        var card = boardService.card(clientId);
        columns.stream()
                .filter(c -> c.stage().id() == card.stageId())
                .findFirst()
                .ifPresent(column -> boardService
                        .positionInColumn(clientId, filter())
                        .ifPresent(index -> {
                            column.showArrival(clientId, index);
                            getElement().executeJs("""
                            let tries = 0;
                            const focusCard = () => {
                              const card = [...this.querySelectorAll(`.stage-column[data-stage-id="${$0}"] .card[data-id="${$1}"]`)]
                                  .find(c => c.offsetParent !== null);
                              if (card) {
                                const move = card.querySelector('.card-move');
                                (move && !move.hidden ? move : card.closest('vaadin-grid')).focus();
                              } else if (tries++ < 40) {
                                setTimeout(focusCard, 50);
                              }
                            };
                            focusCard();""", String.valueOf(card.stageId()), String.valueOf(clientId));
                        }));
    }

    @Override
    public void dragStarted(ClientCard card) {
        dragged = card;
        board.addClassName("dragging");
    }

    @Override
    public void dragEnded() {
        dragged = null;
        board.removeClassName("dragging");
    }

    @Override
    public void droppedOn(StageSummary stage) {
        if (dragged != null && dragged.stageId() != stage.id()) {
            var card = dragged;
            dragEnded();
            mover.request(subject(card), stage);
        }
    }

    @Override
    public void moveMenu(ClientCard card) {
        new MoveToDialog(
                        card.name(),
                        card.stageId(),
                        stages,
                        stage -> mover.request(subject(card), stage),
                        () -> open(card))
                .open();
    }

    @Override
    public void open(ClientCard card) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.params(card.id())));
    }

    private static ClientMover.Subject subject(ClientCard card) {
        return new ClientMover.Subject(card.id(), card.name(), card.stageId(), card.version());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        unregister = broadcaster.register(moved -> ui.access(() -> {
            if (moved.reshapesStages()) {
                loadStages();
                buildColumns();
                return;
            }
            columns.stream()
                    .filter(c -> c.stage().id() == moved.toStageId()
                            || (moved.fromStageId() != null && c.stage().id() == moved.fromStageId()))
                    .forEach(StageColumn::refresh);
            refreshCounts();
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    @Override
    public String titleKey() {
        return "menu.board";
    }
}
