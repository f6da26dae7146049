package com.journeycrm.client.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.Contact;
import com.journeycrm.client.ContactDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/**
 * Add or edit a person at the client; "Still there" unticked marks them as having left. Validates at the fields
 * and fires {@link SaveEvent} with valid input only; the caller saves and closes it once the save went through.
 */
public class ContactDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField jobTitle = new TextField("Role");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final Checkbox active = new Checkbox("Still there");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");

    public ContactDialog(ContactDetails form) {
        setHeaderTitle(form.getId() == null ? "Add contact" : "Edit contact");
        FieldLimits.limit(name, Contact.NAME_MAX);
        FieldLimits.limit(jobTitle, Contact.JOB_TITLE_MAX);
        FieldLimits.limit(email, TextRules.EMAIL_MAX);
        FieldLimits.limit(phone, Contact.PHONE_MAX);
        name.setRequiredIndicatorVisible(true);
        var binder = new BeanValidationBinder<>(ContactDetails.class);
        binder.bindInstanceFields(this);
        binder.readBean(form);
        active.setVisible(form.getId() != null);
        add(new FormLayout(name, jobTitle, email, phone, active));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(form)) {
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
