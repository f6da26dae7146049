package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.SnoozeService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * "Not now": hide a quiet client for 7 / 30 / 90 days or until a date, with an optional reason. Fires
 * {@link SnoozeEvent}; the caller snoozes and closes the dialog once that went through.
 */
public class SnoozeDialog extends Dialog {

    /** "Until a date": the choice that shows the date picker. */
    static final int DATE = 0;
    /** A snooze ends in the morning of its last day, in the user's time zone. */
    static final LocalTime ENDS_AT = LocalTime.of(8, 0);

    /** Days to snooze for, or {@link #DATE}. */
    final RadioButtonGroup<Integer> length = new RadioButtonGroup<>(getTranslation("snooze.length"));

    final DatePicker until = new DatePicker(getTranslation("snooze.until"));
    final TextField reason = new TextField(getTranslation("snooze.reason"));
    final Button snooze = new Button(getTranslation("snooze.snooze"));

    public SnoozeDialog(String clientName, UserTime time) {
        setHeaderTitle(getTranslation("snooze.title", clientName));
        LocalDate today = time.today();
        time.localize(until);
        length.setItems(7, 30, 90, DATE);
        length.setItemLabelGenerator(
                days -> days == DATE ? getTranslation("snooze.untilDate") : getTranslation("reminder.days", days));
        length.setValue(7);
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(SnoozeService.LONGEST.toDays()));
        until.setI18n(until.getI18n()
                .setMinErrorMessage(getTranslation("snooze.afterToday"))
                .setMaxErrorMessage(getTranslation("snooze.atMostAYear"))
                .setBadInputErrorMessage(getTranslation("common.enterDate")));
        until.setVisible(false);
        length.addValueChangeListener(e -> until.setVisible(e.getValue() != null && e.getValue() == DATE));
        FieldLimits.limit(reason, SnoozeService.REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("common.upTo", SnoozeService.REASON_MAX));
        var body = new VerticalLayout(length, until, reason);
        body.setPadding(false);
        add(body);

        snooze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        snooze.addClickListener(e -> {
            LocalDate day = length.getValue() == DATE ? until.getValue() : today.plusDays(length.getValue());
            if (day == null || until.isInvalid()) {
                until.setInvalid(true);
                until.setErrorMessage(day == null ? getTranslation("snooze.afterToday") : until.getErrorMessage());
                return;
            }
            if (!reason.isInvalid()) {
                fireEvent(new SnoozeEvent(this, time.at(day, ENDS_AT), reason.getValue()));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), snooze);
    }

    public static class SnoozeEvent extends ComponentEvent<SnoozeDialog> {
        private final Instant until;
        private final String reason;

        SnoozeEvent(SnoozeDialog source, Instant until, String reason) {
            super(source, false);
            this.until = until;
            this.reason = reason;
        }

        public Instant until() {
            return until;
        }

        public String reason() {
            return reason;
        }
    }

    public Registration addSnoozeListener(ComponentEventListener<SnoozeEvent> listener) {
        return addListener(SnoozeEvent.class, listener);
    }
}
