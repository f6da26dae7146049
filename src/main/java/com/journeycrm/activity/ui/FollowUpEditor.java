package com.journeycrm.activity.ui;

import com.journeycrm.activity.FollowUp;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedule a next step: what, due date, assignee. Checks at the fields and fires {@link ScheduleEvent}; the caller
 * saves and calls {@link #clear()} once it went through, so a refused entry is not lost.
 */
public class FollowUpEditor extends Composite<HorizontalLayout> {

    final TextField what = new TextField(getTranslation("activity.followUp.what"));
    final DatePicker due = new DatePicker(getTranslation("activity.followUp.due"));
    final ComboBox<UserSummary> assignee = new ComboBox<>(getTranslation("activity.followUp.assignee"));
    final Button add = new Button(getTranslation("activity.followUp.schedule"));
    private final UserTime time;
    private final UserSummary self;

    public FollowUpEditor(List<UserSummary> people, CurrentUser me, UserTime time) {
        this.time = time;
        this.self = people.stream().filter(p -> p.id() == me.id()).findFirst().orElse(null);
        FieldLimits.limit(what, FollowUp.WHAT_MAX);
        what.setWidth("24em");
        what.setRequiredIndicatorVisible(true);
        time.localize(due);
        due.setMin(time.today());
        due.setMax(time.today().plusYears(FollowUp.LATEST_DUE_YEARS));
        due.setI18n(due.getI18n()
                .setMinErrorMessage(getTranslation("activity.followUp.due.min"))
                .setMaxErrorMessage(getTranslation("activity.followUp.due.max", FollowUp.LATEST_DUE_YEARS))
                .setBadInputErrorMessage(getTranslation("activity.followUp.due.bad")));
        assignee.setItems(
                me.seesWholeTeam()
                        ? people
                        : people.stream().filter(p -> p.id() == me.id()).toList());
        assignee.setItemLabelGenerator(UserSummary::displayName);
        clear();
        add.addClickListener(e -> submit());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in any of the fields schedules, as a form's main action does
        add.addClickShortcut(Key.ENTER).listenOn(getContent());
        var layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        layout.add(what, due, assignee, add);
    }

    /** In a dialog, the main action stands in its footer (after what is there, such as Cancel). */
    public void submitFrom(HasComponents footer) {
        footer.add(add);
    }

    private void submit() {
        boolean ok = true;
        if (what.getValue().isBlank()) {
            what.setErrorMessage(getTranslation("activity.followUp.what.missing"));
            what.setInvalid(true);
            ok = false;
        } else if (what.isInvalid()) {
            ok = false; // over the limit: the field already says so
        }
        if (due.getValue() == null || due.isInvalid()) {
            due.setErrorMessage(
                    due.getValue() == null ? getTranslation("activity.followUp.due.missing") : due.getErrorMessage());
            due.setInvalid(true);
            ok = false;
        }
        if (ok) {
            fireEvent(new ScheduleEvent(
                    this,
                    what.getValue().trim(),
                    due.getValue(),
                    assignee.getValue() == null ? null : assignee.getValue().id()));
        }
    }

    /** Ready for the next entry: empty, due in a week, assigned to oneself. */
    public void clear() {
        what.clear();
        what.setInvalid(false);
        due.setValue(time.today().plusDays(7));
        assignee.setValue(self);
    }

    public static class ScheduleEvent extends ComponentEvent<FollowUpEditor> {
        private final String what;
        private final LocalDate due;
        private final Long assigneeId;

        ScheduleEvent(FollowUpEditor source, String what, LocalDate due, Long assigneeId) {
            super(source, false);
            this.what = what;
            this.due = due;
            this.assigneeId = assigneeId;
        }

        public String what() {
            return what;
        }

        /** The day; the use case decides the hour. */
        public LocalDate due() {
            return due;
        }

        public Long assigneeId() {
            return assigneeId;
        }
    }

    public Registration addScheduleListener(ComponentEventListener<ScheduleEvent> listener) {
        return addListener(ScheduleEvent.class, listener);
    }
}
