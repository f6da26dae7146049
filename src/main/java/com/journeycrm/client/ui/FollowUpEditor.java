package com.journeycrm.client.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.client.FollowUp;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Schedule a next step: what, due date, assignee. Checks at the fields; the caller saves. */
public class FollowUpEditor extends Composite<HorizontalLayout> {

    @FunctionalInterface
    public interface Schedule {
        void schedule(String what, Instant due, Long assigneeId);
    }

    final TextField what = new TextField("Next step");
    final DatePicker due = new DatePicker("Due");
    final ComboBox<UserSummary> assignee = new ComboBox<>("Assignee");
    final Button add = new Button("Schedule");

    public FollowUpEditor(List<UserSummary> people, CurrentUser me, Clock clock, Schedule onSchedule) {
        FieldLimits.limit(what, FollowUp.WHAT_MAX);
        what.setWidth("24em");
        due.setMin(LocalDate.now(clock));
        due.setValue(LocalDate.now(clock).plusDays(7));
        assignee.setItems(me.seesWholeTeam() ? people
                : people.stream().filter(p -> p.id() == me.id()).toList());
        assignee.setItemLabelGenerator(UserSummary::displayName);
        people.stream().filter(p -> p.id() == me.id()).findFirst().ifPresent(assignee::setValue);
        add.addClickListener(e -> {
            boolean ok = true;
            what.setInvalid(what.getValue().isBlank());
            what.setErrorMessage("Say what to do");
            if (what.getValue().isBlank()) {
                ok = false;
            }
            if (due.getValue() == null || due.isInvalid()) {
                due.setInvalid(true);
                due.setErrorMessage("Choose a date from today on");
                ok = false;
            }
            if (ok) {
                Instant at = due.getValue().atTime(LocalTime.of(17, 0)).atZone(clock.getZone()).toInstant();
                onSchedule.schedule(what.getValue(), at, assignee.getValue() == null ? null : assignee.getValue().id());
                what.clear();
            }
        });
        var layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(what, due, assignee, add);
    }
}
