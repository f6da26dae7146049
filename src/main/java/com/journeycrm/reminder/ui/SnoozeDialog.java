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

    static final String DATE = "Until a date";
    /** A snooze ends in the morning of its last day, in the user's time zone. */
    static final LocalTime ENDS_AT = LocalTime.of(8, 0);

    final RadioButtonGroup<String> length = new RadioButtonGroup<>("Snooze for");
    final DatePicker until = new DatePicker("Until");
    final TextField reason = new TextField("Reason (optional)");
    final Button snooze = new Button("Snooze");

    public SnoozeDialog(String clientName, UserTime time) {
        setHeaderTitle("Snooze " + clientName);
        LocalDate today = time.today();
        time.localize(until);
        length.setItems("7 days", "30 days", "90 days", DATE);
        length.setValue("7 days");
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(SnoozeService.LONGEST.toDays()));
        until.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage("Choose a day after today")
                .setMaxErrorMessage("At most a year ahead")
                .setBadInputErrorMessage("Enter a date"));
        until.setVisible(false);
        length.addValueChangeListener(e -> until.setVisible(DATE.equals(e.getValue())));
        FieldLimits.limit(reason, SnoozeService.REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText("Up to " + SnoozeService.REASON_MAX + " characters");
        var body = new VerticalLayout(length, until, reason);
        body.setPadding(false);
        add(body);

        snooze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        snooze.addClickListener(e -> {
            LocalDate day = switch (length.getValue()) {
                case "7 days" -> today.plusDays(7);
                case "30 days" -> today.plusDays(30);
                case "90 days" -> today.plusDays(90);
                default -> until.getValue();
            };
            if (day == null || until.isInvalid()) {
                until.setInvalid(true);
                until.setErrorMessage(day == null ? "Choose a day after today" : until.getErrorMessage());
                return;
            }
            if (!reason.isInvalid()) {
                fireEvent(new SnoozeEvent(this, time.at(day, ENDS_AT), reason.getValue()));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), snooze);
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
