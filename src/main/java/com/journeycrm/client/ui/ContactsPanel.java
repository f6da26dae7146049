package com.journeycrm.client.ui;

import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/** The client's people; "Add contact" and each row's Edit hand a form to the view, which opens the dialog. */
class ContactsPanel extends Composite<VerticalLayout> {

    final Button add = new Button(getTranslation("client.contact.add"), VaadinIcon.PLUS.create());
    final Grid<ContactItem> grid = new Grid<>();
    private boolean editable;

    ContactsPanel(Consumer<ContactDetails> onEdit) {
        add.addClickListener(e -> onEdit.accept(new ContactDetails()));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ContactItem::toString)
                .setHeader(getTranslation("export.name"))
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(ContactItem::jobTitle)
                .setHeader(getTranslation("export.jobTitle"))
                .setKey("role");
        grid.addColumn(ContactItem::email)
                .setHeader(getTranslation("export.email"))
                .setKey("email");
        grid.addColumn(ContactItem::phone)
                .setHeader(getTranslation("export.phone"))
                .setKey("phone");
        grid.addComponentColumn(c -> {
                    var edit = new Button(getTranslation("common.edit"), e -> onEdit.accept(ContactDetails.of(c)));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    edit.setAriaLabel(getTranslation("common.edit.named", c.name()));
                    edit.setVisible(editable);
                    return edit;
                })
                .setKey("actions")
                .setAutoWidth(true);
        // a phone shows each person as one cell of lines (name, role, email, phone) beside Edit
        grid.addComponentColumn(ContactsPanel::card)
                .setKey("card")
                .setFlexGrow(1)
                .setVisible(false);
        WindowWidth.whenNarrowerThan(this, WindowWidth.TABLET, narrow -> {
            List.of("name", "role", "email", "phone")
                    .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow));
            grid.getColumnByKey("card").setVisible(narrow);
        });
        grid.setPartNameGenerator(c -> c.active() ? null : "left");
        grid.setEmptyStateText(getTranslation("client.contact.none"));
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(add, grid);
    }

    private static Component card(ContactItem c) {
        var card = new Div(new Span(c.toString()));
        for (String line : java.util.Arrays.asList(c.jobTitle(), c.email(), c.phone())) {
            if (line != null && !line.isBlank()) {
                var secondary = new Span(line);
                secondary.addClassName("cell-secondary");
                card.add(secondary);
            }
        }
        card.addClassName("contact-card");
        return card;
    }

    void show(List<ContactItem> contacts, boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        grid.setItems(contacts);
    }
}
