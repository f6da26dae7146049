package com.journeycrm.activity.ui;

import com.journeycrm.activity.TouchPoint;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.Forms;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Log (or edit) a touch point. Used from the client view and the reminder lists. Type, direction, when
 * (default now, never in the future), contact, summary (≤ 200) and notes (≤ 5,000); errors at the fields.
 */
public class TouchPointDialog extends Dialog {

    final ComboBox<TouchPointType> type = new ComboBox<>(getTranslation("activity.touch.type"));
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>(getTranslation("activity.touch.direction"));
    final DateTimePicker occurredAt = new DateTimePicker(getTranslation("activity.touch.when"));
    final ComboBox<ContactItem> contact = new ComboBox<>(getTranslation("activity.touch.contact"));
    final TextField summary = new TextField(getTranslation("activity.touch.summary"));
    final TextArea notes = new TextArea(getTranslation("activity.touch.notes"));
    final Button save = new Button(getTranslation("common.save"));
    final Button cancel = new Button(getTranslation("common.cancel"));

    private final BeanValidationBinder<TouchPointDetails> binder = new BeanValidationBinder<>(TouchPointDetails.class);
    private final TouchPointDetails bean;

    public TouchPointDialog(String title, List<ContactItem> contacts, TouchPointDetails form, UserTime time) {
        this.bean = form;
        setHeaderTitle(title);
        setWidth("min(720px, 95vw)");
        type.setItems(TouchPointType.values());
        type.setItemLabelGenerator(t -> getTranslation(
                t.countsAsContact() ? "activity.touch.type.counts" : "activity.touch.type.noContact", t));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(Translations.key(d)));
        time.localize(occurredAt);
        occurredAt.setMax(time.nowLocal());
        occurredAt.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setMaxErrorMessage(getTranslation("activity.touch.future"))
                .setBadInputErrorMessage(getTranslation("activity.touch.when.bad")));
        contact.setItems(contacts);
        contact.setItemLabelGenerator(ContactItem::toString);
        contact.setClearButtonVisible(true);
        FieldLimits.limit(summary, TouchPoint.SUMMARY_MAX);
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.setHelperText(getTranslation("common.upTo", TouchPoint.SUMMARY_MAX));
        summary.setRequiredIndicatorVisible(true);
        FieldLimits.limit(notes, TouchPoint.NOTES_MAX);
        notes.setHelperText(getTranslation("common.upTo", TouchPoint.NOTES_MAX));
        notes.setValueChangeMode(ValueChangeMode.EAGER);

        binder.forField(occurredAt)
                .asRequired(getTranslation("activity.touch.when.missing"))
                .withValidator(when -> !when.isAfter(time.nowLocal()), getTranslation("activity.touch.future"))
                .bind(TouchPointDetails::getOccurredAt, TouchPointDetails::setOccurredAt);
        binder.bindInstanceFields(this);
        if (form.getOccurredAt() == null) {
            form.setOccurredAt(time.nowLocal().withSecond(0).withNano(0));
        }
        binder.readBean(form);

        var layout = new FormLayout(type, direction, occurredAt, contact, summary, notes);
        layout.setColspan(summary, 2);
        layout.setColspan(notes, 2);
        add(layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Forms.write(binder, bean)) {
                fireEvent(new SaveEvent(this, bean));
            }
        });
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    public static class SaveEvent extends ComponentEvent<TouchPointDialog> {
        private final TouchPointDetails form;

        SaveEvent(TouchPointDialog source, TouchPointDetails form) {
            super(source, false);
            this.form = form;
        }

        public TouchPointDetails form() {
            return form;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
