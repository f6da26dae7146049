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
    final Button newService = new Button(getTranslation("services.new"), VaadinIcon.PLUS.create());

    public ServicesView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        configureGrid();
        newService.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newService.addClickListener(e -> openCreate());
        var toolbar = new Div(newService);
        toolbar.addClassName("list-toolbar");
        add(toolbar, grid);
        WindowWidth.listOnPhone(this, grid, List.of("status"), List.of("description", "bought", "aware"));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(i -> i.offered() ? i.name() : getTranslation("services.retiredName", i.name()))
                .setHeader(getTranslation("services.column.service"))
                .setKey("name")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::name);
        grid.addColumn(i -> i.description() == null ? "" : i.description())
                .setHeader(getTranslation("services.description"))
                .setKey("description")
                .setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.offered() ? "services.offered" : "services.retired"))
                .setHeader(getTranslation("users.column.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::offered);
        grid.addColumn(CatalogueItem::clientsBought)
                .setHeader(getTranslation("services.column.bought"))
                .setKey("bought")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::clientsBought);
        grid.addColumn(CatalogueItem::clientsAware)
                .setHeader(getTranslation("services.column.aware"))
                .setKey("aware")
                .setAutoWidth(true)
                .setComparator(CatalogueItem::clientsAware);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setKey("actions")
                .setAutoWidth(true);
    }

    private Div actions(CatalogueItem item) {
        var toggle = item.offered()
                ? RowButton.of(
                        getTranslation("services.retire"),
                        item.name(),
                        () -> act(
                                () -> catalogue.setOffered(item.id(), item.version(), false),
                                getTranslation("services.retiredNotice", item.name())))
                : RowButton.of(
                        getTranslation("services.offerAgain"),
                        item.name(),
                        () -> act(
                                () -> catalogue.setOffered(item.id(), item.version(), true),
                                getTranslation("services.offeredNotice", item.name())));
        var row = new Div(RowButton.of(getTranslation("common.edit"), item.name(), () -> openEdit(item)), toggle);
        row.addClassName("row-actions");
        return row;
    }

    void openCreate() {
        var dialog = new ServiceDialog(null);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> catalogue.add(e.name(), e.description()),
                getTranslation("services.added", e.name().strip())));
        dialog.open();
    }

    void openEdit(CatalogueItem item) {
        var dialog = new ServiceDialog(item);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> catalogue.update(item.id(), item.version(), e.name(), e.description()),
                getTranslation("common.saved", e.name().strip())));
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
