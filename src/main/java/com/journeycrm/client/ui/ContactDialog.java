package com.journeycrm.client.ui;

import com.journeycrm.client.ContactDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * Add or edit a person at the client; "Still there" unticked marks them as having left. Validates at the fields
 * and fires {@link SaveEvent} with valid input only; the caller saves and closes it once the save went through.
 */
public class ContactDialog extends Dialog {

    final ContactFields fields;
    final TextField name;
    final TextField jobTitle;
    final EmailField email;
    final TextField phone;
    final Button save = new Button(getTranslation("common.save"));
    final Button cancel = new Button(getTranslation("common.cancel"));

    public ContactDialog(ContactDetails form) {
        setHeaderTitle(getTranslation(form.getId() == null ? "client.contact.add" : "client.contact.edit"));
        fields = new ContactFields(form);
        name = fields.name;
        jobTitle = fields.jobTitle;
        email = fields.email;
        phone = fields.phone;
        name.setRequiredIndicatorVisible(true);
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (fields.writeIfValid(form)) {
                fireEvent(new SaveEvent(this, form));
            }
        });
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    public static class SaveEvent extends ComponentEvent<ContactDialog> {
        private final ContactDetails form;

        SaveEvent(ContactDialog source, ContactDetails form) {
            super(source, false);
            this.form = form;
        }

        public ContactDetails form() {
            return form;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
