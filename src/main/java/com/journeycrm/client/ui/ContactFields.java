package com.journeycrm.client.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.Forms;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.Contact;
import com.journeycrm.client.ContactDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** A person at a client, as the contact dialog and the new-client dialog ask for one: same fields, same rules. */
class ContactFields extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("client.contact.name"));
    final TextField jobTitle = new TextField(getTranslation("client.contact.role"));
    final EmailField email = new EmailField(getTranslation("client.contact.email"));
    final TextField phone = new TextField(getTranslation("client.contact.phone"));
    final Checkbox active = new Checkbox(getTranslation("client.contact.active"));
    private final BeanValidationBinder<ContactDetails> binder = new BeanValidationBinder<>(ContactDetails.class);

    ContactFields(ContactDetails form) {
        FieldLimits.limit(name, Contact.NAME_MAX);
        FieldLimits.limit(jobTitle, Contact.JOB_TITLE_MAX);
        FieldLimits.limit(email, TextRules.EMAIL_MAX);
        FieldLimits.limit(phone, Contact.PHONE_MAX);
        binder.bindInstanceFields(this);
        binder.readBean(form);
        active.setVisible(form.getId() != null);
        getContent().add(name, jobTitle, email, phone, active);
    }

    /** Writes valid input into {@code form}; otherwise marks the fields and leaves {@code form} as it was. */
    boolean writeIfValid(ContactDetails form) {
        return Forms.write(binder, form);
    }

    boolean isEmpty() {
        return name.isEmpty() && jobTitle.isEmpty() && email.isEmpty() && phone.isEmpty();
    }
}
