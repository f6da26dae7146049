package com.journeycrm.client.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientFilter.Attention;
import com.journeycrm.client.ClientListItem;
import com.journeycrm.client.ClientService;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * Every client, a page at a time: search by name, filter by stage, owner and what needs attention, sort by any
 * column. The way in to a client and to "New client".
 */
@Route("clients")
@Menu(order = 10, title = "menu.clients", icon = "vaadin:building")
@PermitAll
public class ClientListView extends VerticalLayout implements TitledView {

    private final ClientService clients;
    private final StageService stages;
    private final UserService users;
    private final Clock clock;
    final TextField search = new TextField();
    final ComboBox<StageSummary> stage = new ComboBox<>();
    final ComboBox<UserSummary> owner = new ComboBox<>();
    final Select<Attention> attention = new Select<>();
    final Span total = new Span();
    final Grid<ClientListItem> grid = new Grid<>();
    final Button newClient = new Button(getTranslation("board.newClient"), VaadinIcon.PLUS.create());

    public ClientListView(ClientService clients, StageService stages, UserService users, Clock clock) {
        this.clients = clients;
        this.stages = stages;
        this.users = users;
        this.clock = clock;
        addClassName("list-view");
        setSizeFull();
        configureFilters();
        newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClient.addClickListener(e -> openNewClient());
        configureGrid();
        add(createToolbar(), createLegend(), grid);
        WindowWidth.whenNarrow(this, this::setNarrow);
        // a tablet leaves out the industry: the other columns keep their words whole
        WindowWidth.whenNarrowerThan(
                this,
                WindowWidth.TABLET,
                tablet -> grid.getColumnByKey("industry").setVisible(!tablet));
        refresh();
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("clients.search"));
        search.setAriaLabel(getTranslation("clients.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, Client.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setAriaLabel(getTranslation("clients.column.stage"));
        stage.setPlaceholder(getTranslation("clients.anyStage"));
        stage.setItems(stages.listStages());
        stage.setItemLabelGenerator(StageSummary::name);
        stage.setClearButtonVisible(true);
        owner.setAriaLabel(getTranslation("clients.column.owner"));
        owner.setPlaceholder(getTranslation("clients.anyOwner"));
        owner.setItems(users.listActiveUsers());
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setClearButtonVisible(true);
        attention.setAriaLabel(getTranslation("clients.attention.label"));
        attention.setItems(Attention.values());
        attention.setItemLabelGenerator(
                a -> a == Attention.ANY ? getTranslation("clients.all") : getTranslation(Translations.key(a)));
        attention.setValue(Attention.ANY);
        search.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        attention.addValueChangeListener(e -> refresh());
    }

    private Component createToolbar() {
        total.addClassName("list-total");
        var toolbar = new Div(search, stage, owner, attention, total, newClient);
        toolbar.addClassName("list-toolbar");
        return toolbar;
    }

    /** Says what the marks in the Attention column mean, instead of colouring whole rows. */
    private Component createLegend() {
        var quiet = new Span(getTranslation("board.mark.quiet"));
        quiet.addClassNames("mark", "mark-quiet");
        var overdue = new Span(getTranslation("board.mark.overdue"));
        overdue.addClassNames("mark", "mark-overdue");
        var legend = new Div(
                quiet,
                new Span(getTranslation("clients.legend.quiet")),
                overdue,
                new Span(getTranslation("clients.legend.overdue")));
        legend.addClassName("legend");
        return legend;
    }

    private void configureGrid() {
        var time = UserTime.of(clock);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClientListItem::name)
                .setHeader(getTranslation("clients.column.name"))
                .setKey("name")
                .setSortProperty("name")
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(ClientListItem::stageName)
                .setHeader(getTranslation("clients.column.stage"))
                .setKey("stage")
                .setSortProperty("stage")
                .setWidth("9.5rem");
        grid.addColumn(ClientListItem::ownerName)
                .setHeader(getTranslation("clients.column.owner"))
                .setKey("owner")
                .setSortProperty("owner");
        grid.addColumn(ClientListItem::industry)
                .setHeader(getTranslation("client.profile.industry"))
                .setKey("industry")
                .setSortProperty("industry");
        grid.addColumn(c -> c.lastTouchAt() == null ? getTranslation("reminder.never") : time.date(c.lastTouchAt()))
                .setHeader(getTranslation("reminder.column.lastTouch"))
                .setKey("lastTouch")
                .setSortProperty("lastTouch");
        grid.addColumn(withMarks(LitRenderer.of(MARKS)))
                .setHeader(getTranslation("clients.column.attention"))
                .setKey("attention")
                .setWidth("8rem");
        // a phone shows each client as one cell: the name, its stage and owner, what needs attention
        grid.addColumn(withMarks(LitRenderer.<ClientListItem>of("""
                                <div class="client-cell"><strong>${item.name}</strong>
                                <span class="cell-secondary">${item.facts}</span><span>%s</span></div>""".formatted(MARKS)))
                        .withProperty("name", ClientListItem::name)
                        .withProperty("facts", c -> getTranslation("clients.card.facts", c.stageName(), c.ownerName())))
                .setHeader(getTranslation("menu.clients"))
                .setKey("card")
                .setSortProperty("name")
                .setVisible(false);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(
                query -> clients.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) clients.countSearch(filter()));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setAriaLabel(getTranslation("menu.clients"));
        grid.setSizeFull();
    }

    /** What needs attention, as the column and a phone's card both show it. */
    private static final String MARKS = """
            <span class="mark mark-quiet" ?hidden=${!item.quiet}>${item.quietText}</span>
            <span class="mark mark-overdue" ?hidden=${!item.overdue}>${item.overdueText}</span>""";

    private LitRenderer<ClientListItem> withMarks(LitRenderer<ClientListItem> renderer) {
        return renderer.withProperty("quiet", c -> c.quiet(clock.instant()))
                .withProperty("overdue", c -> c.followUpOverdue(clock.instant()))
                .withProperty("quietText", c -> getTranslation("board.mark.quiet"))
                .withProperty("overdueText", c -> getTranslation("board.mark.overdue"));
    }

    /** A phone shows a card per client (name, stage and owner, what needs attention) instead of the columns. */
    void setNarrow(boolean narrow) {
        for (String key : new String[] {"name", "stage", "owner", "lastTouch", "attention"}) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.getColumnByKey("card").setVisible(narrow);
    }

    ClientFilter filter() {
        return new ClientFilter(
                search.getValue(),
                stage.getValue() == null ? null : stage.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(),
                attention.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = clients.countSearch(filter());
        total.setText(getTranslation("clients.total", count));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.params(id)));
    }

    void openNewClient() {
        NewClientFlow.open(clients, users, stages.listStages(), this::open);
    }

    @Override
    public String titleKey() {
        return "menu.clients";
    }
}
