package com.journeycrm.reminder.ui;

import com.journeycrm.activity.FollowUp;
import com.journeycrm.base.ui.UserTime;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** A new due day for follow-ups. Fires {@link DueDayEvent}; the caller re-plans and closes it once that went through. */
class DueDayDialog extends Dialog {

    final DatePicker due = new DatePicker(getTranslation("activity.followUp.due"));
    final Button save = new Button(getTranslation("reminder.followUp.newDue.save"));

    DueDayDialog(String subject, UserTime time) {
        setHeaderTitle(getTranslation("reminder.followUp.newDue.title", subject));
        time.localize(due);
        due.setMin(time.today());
        due.setMax(time.today().plusYears(FollowUp.LATEST_DUE_YEARS));
        due.setValue(time.today().plusDays(1));
        due.setRequiredIndicatorVisible(true);
        due.setI18n(due.getI18n()
                .setMinErrorMessage(getTranslation("activity.followUp.due.min"))
                .setMaxErrorMessage(getTranslation("activity.followUp.due.max", FollowUp.LATEST_DUE_YEARS))
                .setBadInputErrorMessage(getTranslation("activity.followUp.due.bad")));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            if (due.getValue() == null || due.isInvalid()) {
                due.setInvalid(true);
                if (due.getValue() == null) {
                    due.setErrorMessage(getTranslation("activity.followUp.due.missing"));
                }
                return;
            }
            fireEvent(new DueDayEvent(this, due.getValue()));
        });
        add(due);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    static class DueDayEvent extends ComponentEvent<DueDayDialog> {
        private final LocalDate day;

        DueDayEvent(DueDayDialog source, LocalDate day) {
            super(source, false);
            this.day = day;
        }

        LocalDate day() {
            return day;
        }
    }

    Registration addDueDayListener(ComponentEventListener<DueDayEvent> listener) {
        return addListener(DueDayEvent.class, listener);
    }
}
