package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.FollowUpItem;
import com.journeycrm.client.TouchPointDetails;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.client.ui.FollowUpEditor;
import com.journeycrm.client.ui.TouchPointDialog;
import com.journeycrm.reminder.QuietClient;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * The two reminder lists — quiet clients (most overdue first) and overdue follow-ups — with an action on each row
 * that deals with it. A row disappears as soon as it is no longer due. Shared by "My reminders" and "Team".
 */
public class ReminderLists extends Composite<VerticalLayout> {

    /** Where the rows come from: mine, or the team's (optionally one owner's). */
    public record Source(CallbackDataProvider.FetchCallback<QuietClient, Void> quiet,
                         CallbackDataProvider.CountCallback<QuietClient, Void> quietCount,
                         CallbackDataProvider.FetchCallback<FollowUpItem, Void> followUps,
                         CallbackDataProvider.CountCallback<FollowUpItem, Void> followUpCount) {
    }

    private final ReminderActions actions;
    private final UserTime time;
    private final CurrentUser me;
    private final List<UserSummary> people;
    private final Runnable afterChange;
    final Grid<QuietClient> quiet = new Grid<>();
    final Grid<FollowUpItem> followUps = new Grid<>();
    final H3 quietTitle = new H3();
    final H3 followUpTitle = new H3();
    private final Source source;

    public ReminderLists(Source source, boolean team, ReminderActions actions, UserTime time, CurrentUser me,
                         List<UserSummary> people, Runnable afterChange) {
        this.source = source;
        this.actions = actions;
        this.time = time;
        this.me = me;
        this.people = people;
        this.afterChange = afterChange;
        configureQuiet(team);
        configureFollowUps(team);
        getContent().setPadding(false);
        getContent().add(quietTitle, quiet, followUpTitle, followUps);
        refresh();
    }

    private void configureQuiet(boolean team) {
        quiet.addComponentColumn(c -> link(c.id(), c.name())).setHeader("Client").setKey("client").setFlexGrow(2);
        if (team) {
            quiet.addColumn(QuietClient::ownerName).setHeader("Owner").setKey("owner");
        }
        quiet.addColumn(QuietClient::stageName).setHeader("Stage").setKey("stage");
        quiet.addColumn(c -> c.daysOverdue(time.now()) + " days").setHeader("Overdue by").setKey("overdue");
        quiet.addColumn(c -> c.lastTouchAt() == null ? "never"
                : c.lastTouchType().label() + ", " + time.date(c.lastTouchAt()))
                .setHeader("Last touch").setKey("lastTouch").setAutoWidth(true);
        quiet.addColumn(this::snoozeNote).setHeader("Snooze").setKey("snooze").setAutoWidth(true);
        quiet.addComponentColumn(this::quietActions).setHeader("").setKey("actions").setAutoWidth(true);
        quiet.setItems(source.quiet(), source.quietCount());
        quiet.setEmptyStateText("Nobody has gone quiet. Well done.");
        quiet.setPageSize(25);
        quiet.setHeight("45vh");
    }

    private void configureFollowUps(boolean team) {
        followUps.addComponentColumn(f -> link(f.clientId(), f.clientName())).setHeader("Client").setKey("client");
        followUps.addColumn(FollowUpItem::what).setHeader("What").setKey("what").setFlexGrow(2);
        if (team) {
            followUps.addColumn(FollowUpItem::assigneeName).setHeader("Assignee").setKey("assignee");
        }
        followUps.addColumn(f -> time.date(f.dueAt())).setHeader("Due").setKey("due");
        followUps.addComponentColumn(f -> small("Done", () -> act(() -> actions.followUps().completeFollowUp(f.id()),
                "Follow-up done."))).setKey("actions").setAutoWidth(true);
        followUps.setItems(source.followUps(), source.followUpCount());
        followUps.setEmptyStateText("No overdue follow-ups.");
        followUps.setPartNameGenerator(f -> "overdue");
        followUps.setPageSize(25);
        followUps.setHeight("30vh");
    }

    /** A snooze that ran out without contact, and why it was given: the context for the next call. */
    private String snoozeNote(QuietClient c) {
        if (c.snoozedUntil() == null) {
            return "";
        }
        return "ended " + time.date(c.snoozedUntil()) + (c.snoozeReason() == null ? "" : ": " + c.snoozeReason());
    }

    private Component quietActions(QuietClient c) {
        var row = new HorizontalLayout(
                small("Log touch", () -> logTouch(c)),
                small("Follow-up", () -> followUp(c)),
                small("Snooze", () -> snooze(c)));
        if (me.seesWholeTeam()) {
            row.add(small("Reassign", () -> reassign(c)));
        }
        row.setSpacing(false);
        return row;
    }

    private void logTouch(QuietClient c) {
        var dialog = new TouchPointDialog("Log a touch point with " + c.name(),
                actions.contacts().contacts(c.id()).stream().filter(x -> x.active()).toList(), new TouchPointDetails(),
                time);
        dialog.addSaveListener(e -> closeOnSuccess(dialog,
                () -> actions.touchPoints().logTouchPoint(c.id(), e.form(), time.zone()), "Touch point logged."));
        dialog.open();
    }

    private void followUp(QuietClient c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Follow-up for " + c.name());
        var editor = new FollowUpEditor(people, me, time);
        editor.addScheduleListener(e -> closeOnSuccess(dialog,
                () -> actions.followUps().scheduleFollowUp(c.id(), e.what(), e.due(), e.assigneeId()),
                "Follow-up scheduled."));
        dialog.add(editor);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    private void snooze(QuietClient c) {
        var dialog = new SnoozeDialog(c.name(), time);
        dialog.addSnoozeListener(e -> closeOnSuccess(dialog,
                () -> actions.snoozes().snooze(c.id(), e.until(), e.reason()), c.name() + " snoozed."));
        dialog.open();
    }

    private void reassign(QuietClient c) {
        var dialog = new ReassignDialog(c.name(), c.ownerId(), people);
        dialog.addReassignListener(e -> closeOnSuccess(dialog,
                () -> actions.reassign().reassign(c.id(), e.newOwner().id(), c.version()),
                c.name() + " now belongs to " + e.newOwner().displayName() + "."));
        dialog.open();
    }

    private void closeOnSuccess(Dialog dialog, Runnable change, String success) {
        if (act(change, success)) {
            dialog.close();
        }
    }

    private boolean act(Runnable change, String success) {
        try {
            return Attempt.run(change, success);
        } finally {
            refresh();
            afterChange.run();
        }
    }

    public void refresh() {
        quiet.getDataProvider().refreshAll();
        followUps.getDataProvider().refreshAll();
        quietTitle.setText("Gone quiet (" + source.quietCount().count(new Query<>()) + ")");
        followUpTitle.setText("Overdue follow-ups ("
                + source.followUpCount().count(new Query<>()) + ")");
    }

    private static RouterLink link(long clientId, String name) {
        return new RouterLink(name, ClientDetailView.class, ClientDetailView.params(clientId));
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
