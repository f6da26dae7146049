package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.reminder.ReminderService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.BiConsumer;

/** "Not now": hide a quiet client for 7 / 30 / 90 days or until a date, with an optional reason. */
public class SnoozeDialog extends Dialog {

    static final String DATE = "Until a date";

    final RadioButtonGroup<String> length = new RadioButtonGroup<>("Snooze for");
    final DatePicker until = new DatePicker("Until");
    final TextField reason = new TextField("Reason (optional)");
    final Button snooze = new Button("Snooze");

    public SnoozeDialog(String clientName, Clock clock, BiConsumer<Instant, String> onSnooze) {
        setHeaderTitle("Snooze " + clientName);
        LocalDate today = LocalDate.now(clock);
        length.setItems("7 days", "30 days", "90 days", DATE);
        length.setValue("7 days");
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(ReminderService.SNOOZE_MAX.toDays()));
        until.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage("Choose a day after today")
                .setMaxErrorMessage("At most a year ahead").setBadInputErrorMessage("Enter a date"));
        until.setVisible(false);
        length.addValueChangeListener(e -> until.setVisible(DATE.equals(e.getValue())));
        FieldLimits.limit(reason, ReminderService.SNOOZE_REASON_MAX);
        reason.setWidthFull();
        reason.setHelperText("Up to " + ReminderService.SNOOZE_REASON_MAX + " characters");
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
                until.setErrorMessage("Choose a day after today");
                return;
            }
            onSnooze.accept(day.atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant(), reason.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), snooze);
    }
}
