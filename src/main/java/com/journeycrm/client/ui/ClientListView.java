package com.journeycrm.client.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientListItem;
import com.journeycrm.client.ClientService;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.StageService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** Every client, searchable by name, a page at a time; the way in to a client and to "New client". */
@Route("clients")
@PageTitle("Clients · Journey CRM")
@Menu(order = 10, title = "Clients", icon = "vaadin:building")
@PermitAll
public class ClientListView extends VerticalLayout {


    private final ClientService clients;
    private final StageService stages;
    private final UserService users;
    final TextField search = new TextField();
    final Grid<ClientListItem> grid = new Grid<>();
    final Button newClient = new Button("New client");

    public ClientListView(ClientService clients, StageService stages, UserService users, Clock clock) {
        this.clients = clients;
        this.stages = stages;
        this.users = users;
        setSizeFull();
        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search clients by name");
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, Client.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newClient.addClickListener(e -> openNewClient());
        configureGrid(clock);
        var toolbar = new HorizontalLayout(search, newClient);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Clients"), toolbar, grid);
    }

    private void configureGrid(Clock clock) {
        grid.addColumn(ClientListItem::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(ClientListItem::industry).setHeader("Industry").setKey("industry");
        grid.addColumn(ClientListItem::stageName).setHeader("Stage").setKey("stage");
        grid.addColumn(ClientListItem::ownerName).setHeader("Owner").setKey("owner");
        var time = UserTime.of(clock);
        grid.addColumn(c -> c.lastTouchAt() == null ? "never" : time.date(c.lastTouchAt()))
                .setHeader("Last touch").setKey("lastTouch");
        grid.setPartNameGenerator(c -> c.nextTouchDue() != null && c.nextTouchDue().isBefore(clock.instant())
                ? "quiet" : null);
        grid.setItems(query -> clients.search(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) clients.countSearch(search.getValue()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, ClientDetailView.params(id)));
    }

    void openNewClient() {
        NewClientFlow.open(clients, users, stages.listStages(), this::open);
    }
}
