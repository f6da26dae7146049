package com.journeycrm.client.ui;

import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.FollowUpItem;
import com.journeycrm.client.ServiceStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/** The small read-mostly panels of the client view. Each takes data and callbacks; none calls a service. */
final class ClientPanels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ClientPanels() {
    }

    static Grid<ContactItem> contacts(List<ContactItem> items, boolean editable, Consumer<ContactItem> onEdit) {
        var grid = new Grid<ContactItem>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(ContactItem::toString).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addColumn(ContactItem::jobTitle).setHeader("Role").setKey("role");
        grid.addColumn(ContactItem::email).setHeader("Email").setKey("email");
        grid.addColumn(ContactItem::phone).setHeader("Phone").setKey("phone");
        if (editable) {
            grid.addComponentColumn(c -> {
                var edit = new Button("Edit", e -> onEdit.accept(c));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setKey("actions").setAutoWidth(true);
        }
        grid.setPartNameGenerator(c -> c.active() ? null : "left");
        grid.setEmptyStateText("No contacts yet.");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Grid<FollowUpItem> followUps(List<FollowUpItem> items, Instant now, ZoneId zone, boolean editable,
                                        Consumer<FollowUpItem> onDone) {
        var grid = new Grid<FollowUpItem>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(FollowUpItem::what).setHeader("What").setKey("what").setFlexGrow(3);
        grid.addColumn(f -> DATE.format(f.dueAt().atZone(zone)) + (f.overdue(now) ? " — overdue" : ""))
                .setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addColumn(FollowUpItem::assigneeName).setHeader("Assignee").setKey("assignee").setAutoWidth(true);
        grid.addComponentColumn(f -> {
            if (f.doneAt() != null) {
                return new Span("Done " + DATE.format(f.doneAt().atZone(zone)));
            }
            var done = new Button("Mark done", e -> onDone.accept(f));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setEnabled(editable);
            return done;
        }).setKey("status").setAutoWidth(true);
        grid.setPartNameGenerator(f -> f.overdue(now) ? "overdue" : f.doneAt() != null ? "done" : null);
        grid.setEmptyStateText("No follow-ups yet.");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Component services(List<ServiceStatus> items, boolean editable, ServiceChange onChange) {
        var grid = new Grid<ServiceStatus>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(ServiceStatus::name).setHeader("Service").setKey("service").setAutoWidth(true);
        grid.addComponentColumn(s -> checkbox(s.bought(), editable, v -> onChange.set(s, v, s.aware() || v)))
                .setHeader("Bought").setKey("bought");
        grid.addComponentColumn(s -> checkbox(s.aware(), editable && !s.bought(), v -> onChange.set(s, s.bought(), v)))
                .setHeader("Aware of").setKey("aware");
        grid.addColumn(s -> s.aware() ? "" : "Not aware we offer this").setHeader("").setKey("gap").setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.aware() ? null : "gap");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        long unaware = items.stream().filter(s -> !s.aware()).count();
        var hint = new Paragraph(unaware == 0 ? "They know every service we offer."
                : "Typecast risk: they do not know " + unaware + " of our " + items.size()
                        + " services. Tell them about the rest before they go elsewhere for them.");
        hint.addClassName(unaware == 0 ? "hint-ok" : "hint-warning");
        return new Div(hint, grid);
    }

    @FunctionalInterface
    interface ServiceChange {
        void set(ServiceStatus service, boolean bought, boolean aware);
    }

    private static Checkbox checkbox(boolean value, boolean enabled, Consumer<Boolean> onChange) {
        var box = new Checkbox(value);
        box.setEnabled(enabled);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return box;
    }

    static Component referrals(ClientRef referredBy, List<ClientRef> referred) {
        var box = new Div();
        box.add(new H4("Referred by"));
        box.add(referredBy == null ? new Paragraph("Nobody on record.") : link(referredBy));
        box.add(new H4("Clients they referred (" + referred.size() + ")"));
        if (referred.isEmpty()) {
            box.add(new Paragraph("None yet."));
        }
        referred.forEach(r -> box.add(new Div(link(r))));
        return box;
    }

    private static RouterLink link(ClientRef ref) {
        return new RouterLink(ref.name(), ClientDetailView.class, ClientDetailView.params(ref.id()));
    }
}
