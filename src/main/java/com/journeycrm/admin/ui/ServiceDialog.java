package com.journeycrm.admin.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.offering.CatalogueItem;
import com.journeycrm.offering.Offering;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** A new service of the catalogue, or an existing one's name and description. Fires {@link SaveEvent}. */
public class ServiceDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Button save = new Button("Save");

    public ServiceDialog(CatalogueItem existing) {
        setHeaderTitle(existing == null ? "New service" : "Edit " + existing.name());
        FieldLimits.limit(name, Offering.NAME_MAX);
        FieldLimits.limit(description, Offering.DESCRIPTION_MAX);
        name.setRequiredIndicatorVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean ok = !name.getValue().isBlank();
            name.setErrorMessage("Enter the service's name");
            name.setInvalid(!ok);
            if (ok) {
                fireEvent(new SaveEvent(this));
            }
        });
        add(new FormLayout(name, description));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    public static class SaveEvent extends ComponentEvent<ServiceDialog> {
        SaveEvent(ServiceDialog source) {
            super(source, false);
        }

        public String name() {
            return getSource().name.getValue();
        }

        public String description() {
            return getSource().description.getValue();
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
