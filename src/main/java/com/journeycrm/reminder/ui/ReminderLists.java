package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.FollowUpItem;
import com.journeycrm.client.TouchPointForm;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.client.ui.FollowUpEditor;
import com.journeycrm.client.ui.TouchPointDialog;
import com.journeycrm.reminder.QuietClient;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The two reminder lists — quiet clients (most overdue first) and overdue follow-ups — with an action on each row
 * that deals with it. A row disappears as soon as it is no longer due. Shared by "My reminders" and "Team".
 */
public class ReminderLists extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** Where the rows come from: mine, or the team's (optionally one owner's). */
    public record Source(CallbackDataProvider.FetchCallback<QuietClient, Void> quiet,
                         CallbackDataProvider.CountCallback<QuietClient, Void> quietCount,
                         CallbackDataProvider.FetchCallback<FollowUpItem, Void> followUps,
                         CallbackDataProvider.CountCallback<FollowUpItem, Void> followUpCount) {
    }

    private final ClientService clients;
    private final ReminderService reminders;
    private final Clock clock;
    private final CurrentUser me;
    private final List<UserSummary> people;
    private final Runnable afterChange;
    final Grid<QuietClient> quiet = new Grid<>();
    final Grid<FollowUpItem> followUps = new Grid<>();
    final H3 quietTitle = new H3();
    final H3 followUpTitle = new H3();
    private final Source source;

    public ReminderLists(Source source, boolean team, ClientService clients, ReminderService reminders, Clock clock,
                         CurrentUser me, List<UserSummary> people, Runnable afterChange) {
        this.source = source;
        this.clients = clients;
        this.reminders = reminders;
        this.clock = clock;
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
        quiet.addColumn(c -> c.daysOverdue(clock.instant()) + " days").setHeader("Overdue by").setKey("overdue");
        quiet.addColumn(c -> c.lastTouchAt() == null ? "never"
                : c.lastTouchType().label() + ", " + DATE.format(c.lastTouchAt().atZone(clock.getZone())))
                .setHeader("Last touch").setKey("lastTouch").setAutoWidth(true);
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
        followUps.addColumn(f -> DATE.format(f.dueAt().atZone(clock.getZone()))).setHeader("Due").setKey("due");
        followUps.addComponentColumn(f -> small("Done", () -> act(() -> clients.completeFollowUp(f.id()),
                "Follow-up done."))).setKey("actions").setAutoWidth(true);
        followUps.setItems(source.followUps(), source.followUpCount());
        followUps.setEmptyStateText("No overdue follow-ups.");
        followUps.setPartNameGenerator(f -> "overdue");
        followUps.setPageSize(25);
        followUps.setHeight("30vh");
    }

    private Component quietActions(QuietClient c) {
        var actions = new HorizontalLayout(
                small("Log touch", () -> logTouch(c)),
                small("Follow-up", () -> followUp(c)),
                small("Snooze", () -> new SnoozeDialog(c.name(), clock,
                        (until, reason) -> act(() -> reminders.snooze(c.id(), until, reason),
                                c.name() + " snoozed.")).open()));
        if (me.seesWholeTeam()) {
            actions.add(small("Reassign", () -> reassign(c)));
        }
        actions.setSpacing(false);
        return actions;
    }

    private void logTouch(QuietClient c) {
        var dialog = new TouchPointDialog("Log a touch point with " + c.name(),
                clients.contacts(c.id()).stream().filter(x -> x.active()).toList(), new TouchPointForm(), clock);
        dialog.addSaveListener(e -> {
            if (act(() -> clients.logTouchPoint(c.id(), e.form()), "Touch point logged.")) {
                dialog.close();
            }
        });
        dialog.open();
    }

    private void followUp(QuietClient c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Follow-up for " + c.name());
        dialog.add(new FollowUpEditor(people, me, clock, (what, due, assignee) -> {
            if (act(() -> clients.scheduleFollowUp(c.id(), what, due, assignee), "Follow-up scheduled.")) {
                dialog.close();
            }
        }));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    private void reassign(QuietClient c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Reassign " + c.name());
        var owner = new ComboBox<UserSummary>("New owner");
        owner.setItems(people.stream().filter(p -> p.id() != c.ownerId()).toList());
        owner.setItemLabelGenerator(UserSummary::displayName);
        var ok = new Button("Reassign", e -> {
            if (owner.isEmpty()) {
                owner.setInvalid(true);
                owner.setErrorMessage("Choose the new owner");
                return;
            }
            act(() -> reminders.reassign(c.id(), owner.getValue().id(), c.version()),
                    c.name() + " now belongs to " + owner.getValue().displayName() + ".");
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(owner);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
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
        quietTitle.setText("Gone quiet (" + source.quietCount().count(new com.vaadin.flow.data.provider.Query<>()) + ")");
        followUpTitle.setText("Overdue follow-ups ("
                + source.followUpCount().count(new com.vaadin.flow.data.provider.Query<>()) + ")");
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
