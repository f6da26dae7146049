package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.reminder.OwnerCount;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** Managers: everyone's quiet clients and overdue follow-ups, counted per owner, filterable by owner. */
@Route("reminders/team")
@Menu(order = 6, title = "menu.teamReminders", icon = "vaadin:group")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class TeamRemindersView extends VerticalLayout implements TitledView {

    private final ReminderService reminders;
    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("reminder.column.owner"));
    final Div summary = new Div();
    final ReminderLists lists;

    public TeamRemindersView(ReminderService reminders, ReminderActions actions, UserService users, Clock clock) {
        this.reminders = reminders;
        var people = users.listActiveUsers();
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setPlaceholder(getTranslation("reminder.everyone"));
        owner.setClearButtonVisible(true);
        var source = new ReminderLists.Source(
                query ->
                        reminders
                                .teamQuietClients(ownerId(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> (int) reminders.countTeamQuietClients(ownerId()),
                query ->
                        reminders
                                .teamOverdueFollowUps(ownerId(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> (int) reminders.countTeamOverdueFollowUps(ownerId()));
        lists = new ReminderLists(
                source, true, actions, UserTime.of(clock), users.currentUser(), people, this::refreshSummary);
        owner.addValueChangeListener(e -> {
            lists.refresh();
            refreshSummary();
        });
        summary.addClassName("owner-summary");
        var filters = new Div(owner, summary);
        filters.addClassName("list-toolbar");
        setSizeFull();
        add(filters, lists);
        setFlexGrow(1, lists);
        refreshSummary();
    }

    private Long ownerId() {
        return owner.getValue() == null ? null : owner.getValue().id();
    }

    /**
     * One chip per owner with their counts; the chip of the owner shown is pressed, and pressing it again shows
     * everyone (the same as clearing the owner filter, which it mirrors).
     */
    void refreshSummary() {
        summary.removeAll();
        Long shown = ownerId();
        for (OwnerCount count : reminders.teamSummary()) {
            boolean selected = shown != null && shown == count.ownerId();
            var chip = new Button(
                    getTranslation(
                            "reminder.ownerCount", count.ownerName(), count.quietClients(), count.overdueFollowUps()),
                    e -> {
                        if (selected) {
                            owner.clear();
                        } else {
                            owner.getListDataView()
                                    .getItems()
                                    .filter(u -> u.id() == count.ownerId())
                                    .findFirst()
                                    .ifPresent(owner::setValue);
                        }
                    });
            chip.addThemeVariants(
                    ButtonVariant.LUMO_SMALL, selected ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            summary.add(chip);
        }
    }

    @Override
    public String titleKey() {
        return "menu.teamReminders";
    }
}
