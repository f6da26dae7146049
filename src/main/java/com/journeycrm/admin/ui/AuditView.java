package com.journeycrm.admin.ui;

import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditRow;
import com.journeycrm.audit.AuditService;
import com.journeycrm.audit.ui.ChangeLines;
import com.journeycrm.base.SpreadsheetText;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.ClientSearchHit;
import com.journeycrm.client.ClientService;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserService.Account;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every recorded change, newest first: filter by who, which client, what kind and when; lazily paged; the same
 * selection as a CSV file, written as it is read.
 */
@Route("admin/audit")
@Menu(order = 93, title = "menu.audit", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements TitledView {

    private static final int SUGGESTIONS = 20;

    private final AuditService audit;
    private final UserTime time;
    final ComboBox<Account> actor = new ComboBox<>(getTranslation("audit.user"));
    final ComboBox<ClientSearchHit> client = new ComboBox<>(getTranslation("reminder.column.client"));
    final Select<AuditKind> kind = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("insight.from"));
    final DatePicker to = new DatePicker(getTranslation("insight.to"));
    final Span total = new Span();
    final Grid<AuditRow> grid = new Grid<>();

    public AuditView(AuditService audit, UserService users, ClientService clients, Clock clock) {
        this.audit = audit;
        this.time = UserTime.of(clock);
        setSizeFull();
        configureFilters(users, clients);
        configureGrid();
        var filters = new Div(actor, client, kind, from, to, download());
        filters.addClassName("list-toolbar");
        total.addClassName("list-total");
        add(filters, total, grid);
        // a phone keeps when, what and of whom, wrapped into the width it has
        WindowWidth.listOnPhone(this, grid, List.of(), List.of("actor", "detail"));
        refresh();
    }

    private void configureFilters(UserService users, ClientService clients) {
        actor.setItems(users.listAccounts());
        actor.setItemLabelGenerator(Account::displayName);
        actor.setClearButtonVisible(true);
        client.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : clients.quickSearch(query.getFilter().orElse(""), Math.min(query.getLimit(), SUGGESTIONS)).stream());
        client.setItemLabelGenerator(ClientSearchHit::name);
        client.setPlaceholder(getTranslation("audit.typeName"));
        client.setClearButtonVisible(true);
        kind.setLabel(getTranslation("client.changes.what"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("audit.anything") : getTranslation(Translations.key(k)));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.anything"));
        time.localize(from, to);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Stream.of(actor, client).forEach(f -> f.addValueChangeListener(e -> refresh()));
        kind.addValueChangeListener(e -> refresh());
        Stream.of(from, to).forEach(f -> f.addValueChangeListener(e -> refresh()));
    }

    private void configureGrid() {
        grid.addColumn(r -> time.dateTime(r.at()))
                .setHeader(getTranslation("client.changes.when"))
                .setKey("at")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actorName)
                .setHeader(getTranslation("client.changes.who"))
                .setKey("actor")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(Translations.key(r.kind())))
                .setHeader(getTranslation("client.changes.what"))
                .setKey("kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.subject() == null ? "" : r.subject())
                .setHeader(getTranslation("audit.of"))
                .setKey("subject")
                .setAutoWidth(true);
        grid.addColumn(ChangeLines.renderer(this, time))
                .setHeader(getTranslation("client.changes.change"))
                .setKey("detail")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
    }

    AuditFilter filter() {
        return new AuditFilter(
                actor.getValue() == null ? null : actor.getValue().id(),
                client.getValue() == null ? null : client.getValue().id(),
                kind.getValue(),
                from.getValue() == null ? null : time.at(from.getValue(), LocalTime.MIDNIGHT),
                to.getValue() == null ? null : time.at(to.getValue().plusDays(1), LocalTime.MIDNIGHT));
    }

    private void refresh() {
        var f = filter();
        long count = audit.count(f);
        total.setText(getTranslation("audit.total", count));
        grid.setItems(query -> audit.search(f, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(f)));
    }

    /** The selection as CSV, streamed batch by batch: an export never holds the whole trail in memory. */
    private Anchor download() {
        var link = new Anchor(
                event -> {
                    event.setFileName("audit-trail.csv");
                    event.setContentType("text/csv");
                    var f = filter();
                    try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                            var printer = new CSVPrinter(writer, SpreadsheetText.CSV)) {
                        printer.printRecord(
                                getTranslation("audit.csv.when"),
                                getTranslation("client.changes.who"),
                                getTranslation("client.changes.what"),
                                getTranslation("audit.of"),
                                getTranslation("client.changes.change"));
                        audit.export(f, r -> {
                            try {
                                printer.printRecord(
                                        r.at(),
                                        SpreadsheetText.safe(r.actorName()),
                                        getTranslation(Translations.key(r.kind())),
                                        SpreadsheetText.safe(r.subject()),
                                        SpreadsheetText.safe(ChangeLines.words(this, time, r)));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                },
                getTranslation("audit.download"));
        link.getElement().setAttribute("download", true);
        link.addClassName("csv-download");
        return link;
    }

    @Override
    public String titleKey() {
        return "menu.audit";
    }
}
