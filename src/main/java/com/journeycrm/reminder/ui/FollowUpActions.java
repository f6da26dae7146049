package com.journeycrm.reminder.ui;

import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a user does with overdue follow-ups — done, a new due day, another person (managers and admins) — one row at a
 * time from its menu or the selected rows at once, each through its own use case.
 */
class FollowUpActions extends Composite<Div> {

    final Button doneSelected = new Button(getTranslation("reminder.followUp.doneSelected"));
    final Button dueSelected = new Button(getTranslation("reminder.followUp.newDueSelected"));
    final Button reassignSelected = new Button(getTranslation("reminder.followUp.reassignSelected"));
    private final FollowUpService followUps;
    private final List<UserSummary> people;
    private final CurrentUser me;
    private final UserTime time;
    private final Grid<FollowUpItem> grid;
    private final Runnable afterChange;

    FollowUpActions(
            FollowUpService followUps,
            List<UserSummary> people,
            CurrentUser me,
            UserTime time,
            Grid<FollowUpItem> grid,
            Runnable afterChange) {
        this.followUps = followUps;
        this.people = people;
        this.me = me;
        this.time = time;
        this.grid = grid;
        this.afterChange = afterChange;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        doneSelected.addClickListener(e -> doneAll(List.copyOf(grid.getSelectedItems())));
        dueSelected.addClickListener(e -> newDue(List.copyOf(grid.getSelectedItems())));
        reassignSelected.addClickListener(e -> reassign(List.copyOf(grid.getSelectedItems())));
        reassignSelected.setVisible(me.seesWholeTeam());
        for (Button b : List.of(doneSelected, dueSelected, reassignSelected)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setEnabled(false);
        }
        grid.addSelectionListener(e -> List.of(doneSelected, dueSelected, reassignSelected)
                .forEach(b -> b.setEnabled(!e.getAllSelectedItems().isEmpty())));
        getContent().add(doneSelected, dueSelected, reassignSelected);
        getContent().addClassName("bulk-actions");
    }

    /** A row's actions: they fold into a "…" menu by themselves when the column is narrow. */
    Component rowMenu(FollowUpItem f) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        menu.setWidthFull();
        menu.setI18n(new MenuBar.MenuBarI18n()
                .setMoreOptions(
                        getTranslation("reminder.action.for", getTranslation("common.actions"), f.clientName())));
        item(menu, "reminder.followUp.done", f, () -> doneAll(List.of(f)));
        item(menu, "reminder.followUp.newDue", f, () -> newDue(List.of(f)));
        if (me.seesWholeTeam()) {
            item(menu, "reminder.followUp.reassign", f, () -> reassign(List.of(f)));
        }
        return menu;
    }

    private void item(MenuBar menu, String key, FollowUpItem f, Runnable action) {
        String words = getTranslation(key);
        menu.addItem(words, e -> action.run())
                .setAriaLabel(getTranslation("reminder.action.for", words, f.clientName()));
    }

    private void doneAll(List<FollowUpItem> chosen) {
        run(
                chosen,
                null,
                f -> followUps.completeFollowUp(f.id()),
                "reminder.followUp.doneNotice",
                "reminder.bulk.done");
    }

    private void newDue(List<FollowUpItem> chosen) {
        var dialog = new DueDayDialog(subject(chosen), time);
        dialog.addDueDayListener(e -> run(
                chosen,
                dialog,
                f -> followUps.replanFollowUp(f.id(), e.day(), time.zone(), f.assigneeId()),
                "reminder.followUp.replanned",
                "reminder.bulk.replanned"));
        dialog.open();
    }

    private void reassign(List<FollowUpItem> chosen) {
        long current = chosen.size() == 1 ? chosen.getFirst().assigneeId() : -1;
        var dialog = new ReassignDialog(
                subject(chosen), current, people, "reminder.followUp.reassign.title", "reminder.column.assignee");
        dialog.addReassignListener(e -> run(
                chosen,
                dialog,
                // an overdue follow-up handed on is due today at the latest: nobody is given a day already past
                f -> followUps.replanFollowUp(
                        f.id(), dueOrToday(f), time.zone(), e.newOwner().id()),
                "reminder.followUp.replanned",
                "reminder.bulk.replanned"));
        dialog.open();
    }

    private java.time.LocalDate dueOrToday(FollowUpItem f) {
        var day = java.time.LocalDate.ofInstant(f.dueAt(), time.zone());
        return day.isBefore(time.today()) ? time.today() : day;
    }

    /** One follow-up by its client and what; several by their number. */
    private String subject(List<FollowUpItem> chosen) {
        return chosen.size() == 1
                ? getTranslation(
                        "reminder.followUp.subject",
                        chosen.getFirst().what(),
                        chosen.getFirst().clientName())
                : getTranslation("reminder.followUps.count", chosen.size());
    }

    /** Each through its own use case; one notice for all; the dialog closes when any went through. */
    private void run(
            List<FollowUpItem> chosen,
            Dialog dialog,
            Consumer<FollowUpItem> change,
            String doneKey,
            String bulkDoneKey) {
        int changed = chosen.size() == 1
                ? (Attempt.run(() -> change.accept(chosen.getFirst()), getTranslation(doneKey)) ? 1 : 0)
                : Attempt.each(chosen, change, FollowUpItem::clientName, getTranslation(bulkDoneKey));
        grid.deselectAll();
        afterChange.run();
        if (changed > 0 && dialog != null) {
            dialog.close();
        }
    }
}
