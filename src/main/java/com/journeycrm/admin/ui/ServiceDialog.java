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

    final TextField name = new TextField(getTranslation("stages.name"));
    final TextArea description = new TextArea(getTranslation("services.description"));
    final Button save = new Button(getTranslation("common.save"));

    public ServiceDialog(CatalogueItem existing) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("services.new")
                        : getTranslation("common.edit.named", existing.name()));
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
            name.setErrorMessage(getTranslation("service.name.needed"));
            name.setInvalid(!ok);
            if (ok) {
                fireEvent(new SaveEvent(this));
            }
        });
        add(new FormLayout(name, description));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
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
