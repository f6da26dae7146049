package com.journeycrm.admin.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.RowButton;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.offering.CatalogueItem;
import com.journeycrm.offering.CatalogueService;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The firm's catalogue of services: add, rename, retire (kept on clients' records) and offer again. */
@Route("admin/services")
@Menu(order = 92, title = "menu.services", icon = "vaadin:briefcase")
@RolesAllowed(Role.ADMIN_NAME)
public class ServicesView extends VerticalLayout implements TitledView {

    private final CatalogueService catalogue;
    final Grid<CatalogueItem> grid = new Grid<>();
    final Button newService = new Button("New service", VaadinIcon.PLUS.create());

    public ServicesView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        configureGrid();
        newService.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newService.addClickListener(e -> openCreate());
        var toolbar = new Div(newService);
        toolbar.addClassName("list-toolbar");
        add(toolbar, grid);
        WindowWidth.whenNarrow(
                this,
                narrow -> List.of("description", "status", "bought", "aware")
                        .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow)));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(i -> i.offered() ? i.name() : i.name() + " (retired)")
                .setHeader("Service")
                .setKey("name")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::name);
        grid.addColumn(i -> i.description() == null ? "" : i.description())
                .setHeader("Description")
                .setKey("description")
                .setFlexGrow(1);
        grid.addColumn(i -> i.offered() ? "Offered" : "Retired")
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::offered);
        grid.addColumn(CatalogueItem::clientsBought)
                .setHeader("Clients who bought")
                .setKey("bought")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::clientsBought);
        grid.addColumn(CatalogueItem::clientsAware)
                .setHeader("Clients who know of it")
                .setKey("aware")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::clientsAware);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
    }

    private Div actions(CatalogueItem item) {
        var toggle = item.offered()
                ? RowButton.of(
                        "Retire",
                        item.name(),
                        () -> act(
                                () -> catalogue.setOffered(item.id(), item.version(), false),
                                item.name() + " is no longer offered; clients who had it keep it on their record."))
                : RowButton.of(
                        "Offer again",
                        item.name(),
                        () -> act(
                                () -> catalogue.setOffered(item.id(), item.version(), true),
                                item.name() + " is offered again."));
        var row = new Div(RowButton.of("Edit", item.name(), () -> openEdit(item)), toggle);
        row.addClassName("row-actions");
        return row;
    }

    void openCreate() {
        var dialog = new ServiceDialog(null);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> catalogue.add(e.name(), e.description()),
                "Added " + e.name().strip() + "."));
        dialog.open();
    }

    void openEdit(CatalogueItem item) {
        var dialog = new ServiceDialog(item);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> catalogue.update(item.id(), item.version(), e.name(), e.description()),
                "Saved " + e.name().strip() + "."));
        dialog.open();
    }

    private void closeOnSuccess(ServiceDialog dialog, Runnable change, String success) {
        if (Attempt.run(change, success)) {
            dialog.close();
        }
        refresh();
    }

    private void act(Runnable change, String success) {
        Attempt.run(change, success);
        refresh();
    }

    private void refresh() {
        grid.setItems(catalogue.catalogue());
    }

    @Override
    public String titleKey() {
        return "menu.services";
    }
}
