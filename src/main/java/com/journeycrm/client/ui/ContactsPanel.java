package com.journeycrm.client.ui;

import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactItem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
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
        grid.setPartNameGenerator(c -> c.active() ? null : "left");
        grid.setEmptyStateText(getTranslation("client.contact.none"));
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(add, grid);
    }

    void show(List<ContactItem> contacts, boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        grid.setItems(contacts);
    }
}
