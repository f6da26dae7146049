package com.journeycrm.reminder.ui;

import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.ui.FollowUpEditor;
import com.journeycrm.activity.ui.TouchPointDialog;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.reminder.QuietClient;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;

/**
 * The two reminder lists — quiet clients (most overdue first) and overdue follow-ups — on two tabs that fill the
 * page (no box scrolling inside a scrolling page), with an action on each row that deals with it and, for
 * several quiet clients at once, snooze and (managers) reassign. A row disappears as soon as it is no longer due.
 * Shared by "My reminders" and "Team". On a phone the lists keep the client, what is due and the actions.
 */
public class ReminderLists extends Composite<TabSheet> {

    /** Where the rows come from: mine, or the team's (optionally one owner's). */
    public record Source(
            CallbackDataProvider.FetchCallback<QuietClient, Void> quiet,
            CallbackDataProvider.CountCallback<QuietClient, Void> quietCount,
            CallbackDataProvider.FetchCallback<FollowUpItem, Void> followUps,
            CallbackDataProvider.CountCallback<FollowUpItem, Void> followUpCount) {}

    /** What a phone leaves out: a quiet client keeps who and how overdue, a follow-up who, what and when. */
    private static final List<String> WIDE_ONLY = List.of("owner", "lastTouch", "snooze", "assignee");

    private final ReminderActions actions;
    private final UserTime time;
    private final CurrentUser me;
    private final List<UserSummary> people;
    private final Runnable afterChange;
    final Grid<QuietClient> quiet = new Grid<>();
    final Grid<FollowUpItem> followUps = new Grid<>();
    final Span quietTitle = new Span();
    final Span followUpTitle = new Span();
    final Button snoozeSelected = new Button(getTranslation("reminder.snoozeSelected"), VaadinIcon.CLOCK.create());
    final Button reassignSelected =
            new Button(getTranslation("reminder.reassignSelected"), VaadinIcon.EXCHANGE.create());
    private final Source source;
    final FollowUpActions followUpActions;

    public ReminderLists(
            Source source,
            boolean team,
            ReminderActions actions,
            UserTime time,
            CurrentUser me,
            List<UserSummary> people,
            Runnable afterChange) {
        this.source = source;
        this.actions = actions;
        this.time = time;
        this.me = me;
        this.people = people;
        this.afterChange = afterChange;
        this.followUpActions = new FollowUpActions(actions.followUps(), people, me, time, followUps, () -> {
            refresh();
            afterChange.run();
        });
        configureQuiet(team);
        configureFollowUps(team);
        var tabs = getContent();
        tabs.addClassName("reminder-tabs");
        tabs.setSizeFull();
        tabs.add(new Tab(quietTitle), panel(createBulkActions(), quiet));
        tabs.add(new Tab(followUpTitle), panel(followUpActions, followUps));
        WindowWidth.whenNarrow(tabs, this::setNarrow);
        WindowWidth.whenNarrowerThan(tabs, WindowWidth.TABLET, this::setFolded);
        refresh();
    }

    private static VerticalLayout panel(Component... content) {
        var panel = new VerticalLayout(content);
        panel.setPadding(false);
        panel.setSizeFull();
        return panel;
    }

    private Component createBulkActions() {
        snoozeSelected.addClickListener(e -> snoozeAll(quiet.getSelectedItems()));
        reassignSelected.addClickListener(e -> reassignAll(quiet.getSelectedItems()));
        reassignSelected.setVisible(me.seesWholeTeam());
        for (Button b : List.of(snoozeSelected, reassignSelected)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setEnabled(false);
        }
        quiet.addSelectionListener(e -> {
            boolean any = !e.getAllSelectedItems().isEmpty();
            snoozeSelected.setEnabled(any);
            reassignSelected.setEnabled(any);
        });
        var bar = new Div(snoozeSelected, reassignSelected);
        bar.addClassName("bulk-actions");
        return bar;
    }

    private void configureQuiet(boolean team) {
        quiet.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        quiet.setSelectionMode(Grid.SelectionMode.MULTI);
        quiet.addComponentColumn(c -> clientCell(c.id(), c.name(), c.stageName()))
                .setHeader(getTranslation("reminder.column.clientStage"))
                .setKey("client")
                .setSortProperty("client")
                .setFlexGrow(2)
                .setWidth("9em");
        if (team) {
            quiet.addColumn(QuietClient::ownerName)
                    .setHeader(getTranslation("reminder.column.owner"))
                    .setKey("owner")
                    .setSortProperty("owner");
        }
        quiet.addColumn(c -> getTranslation("reminder.days", c.daysOverdue(time.now())))
                .setHeader(getTranslation("reminder.column.overdue"))
                .setKey("overdue")
                .setSortProperty("overdue")
                .setFlexGrow(0)
                .setWidth("8.5em");
        quiet.addColumn(c -> c.lastTouchAt() == null
                        ? getTranslation("reminder.never")
                        : getTranslation("reminder.lastTouch", c.lastTouchType(), time.date(c.lastTouchAt())))
                .setHeader(getTranslation("reminder.column.lastTouch"))
                .setKey("lastTouch")
                .setSortProperty("lastTouch");
        quiet.addColumn(this::snoozeNote)
                .setHeader(getTranslation("reminder.column.snooze"))
                .setKey("snooze")
                .setWidth("9em");
        // a phone shows the client, its stage and how overdue as one cell beside the actions' menu
        quiet.addComponentColumn(c -> {
                    var cell = clientCell(c.id(), c.name(), c.stageName());
                    var overdue = new Span(getTranslation(
                            "reminder.card.overdue", getTranslation("reminder.days", c.daysOverdue(time.now()))));
                    overdue.addClassName("cell-secondary");
                    cell.getElement().appendChild(overdue.getElement());
                    return cell;
                })
                .setHeader(getTranslation("reminder.column.client"))
                .setKey("card")
                .setSortProperty("overdue")
                .setVisible(false);
        quiet.addComponentColumn(this::quietActions)
                .setHeader(getTranslation("reminder.column.actions"))
                .setKey("actions")
                .setFlexGrow(0)
                .setWidth(actionsWidth());
        quiet.setItems(source.quiet(), source.quietCount());
        quiet.setEmptyStateText(getTranslation("reminder.quiet.empty"));
        quiet.setPageSize(25);
        quiet.setAriaLabel(getTranslation("reminder.quiet.label"));
        quiet.setSizeFull();
    }

    private void configureFollowUps(boolean team) {
        followUps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        followUps
                .addComponentColumn(f -> link(f.clientId(), f.clientName()))
                .setHeader(getTranslation("reminder.column.client"))
                .setKey("client")
                .setSortProperty("client")
                .setFlexGrow(1);
        followUps
                .addColumn(FollowUpItem::what)
                .setHeader(getTranslation("reminder.column.what"))
                .setKey("what")
                .setSortProperty("what")
                .setFlexGrow(2);
        if (team) {
            followUps
                    .addColumn(FollowUpItem::assigneeName)
                    .setHeader(getTranslation("reminder.column.assignee"))
                    .setKey("assignee")
                    .setSortProperty("assignee");
        }
        followUps
                .addColumn(f -> time.date(f.dueAt()))
                .setHeader(getTranslation("reminder.column.due"))
                .setKey("due")
                .setSortProperty("due")
                .setFlexGrow(0)
                .setAutoWidth(true);
        // a phone shows the client, what and when as one cell beside Done
        followUps
                .addComponentColumn(f -> {
                    var cell = new Div(link(f.clientId(), f.clientName()));
                    for (String line : List.of(f.what(), getTranslation("reminder.card.due", time.date(f.dueAt())))) {
                        var secondary = new Span(line);
                        secondary.addClassName("cell-secondary");
                        cell.add(secondary);
                    }
                    cell.addClassName("client-cell");
                    return cell;
                })
                .setHeader(getTranslation("reminder.column.client"))
                .setKey("card")
                .setSortProperty("due")
                .setVisible(false);
        followUps
                .addComponentColumn(f -> followUpActions.rowMenu(f))
                .setHeader(getTranslation("reminder.column.actions"))
                .setKey("actions")
                .setFlexGrow(0)
                .setWidth(me.seesWholeTeam() ? "22em" : "14em");
        followUps.setItems(source.followUps(), source.followUpCount());
        followUps.setEmptyStateText(getTranslation("reminder.followUps.empty"));
        followUps.setPageSize(25);
        followUps.setAriaLabel(getTranslation("reminder.followUps.label"));
        followUps.setSizeFull();
    }

    /** A phone keeps who, how overdue and the actions; the actions fold into one menu. */
    void setNarrow(boolean narrow) {
        for (Grid<?> grid : List.of(quiet, followUps)) {
            WIDE_ONLY.forEach(key -> {
                var column = grid.getColumnByKey(key);
                if (column != null) {
                    column.setVisible(!narrow);
                }
            });
        }
        List.of("client", "overdue").forEach(key -> quiet.getColumnByKey(key).setVisible(!narrow));
        quiet.getColumnByKey("card").setVisible(narrow);
        List.of("client", "what", "due")
                .forEach(key -> followUps.getColumnByKey(key).setVisible(!narrow));
        followUps.getColumnByKey("card").setVisible(narrow);
    }

    /** Below a tablet's width the row's actions are one "…" menu, so that none is out of reach. */
    void setFolded(boolean folded) {
        for (Grid<?> grid : List.of(quiet, followUps)) {
            var column = grid.getColumnByKey("actions");
            column.setWidth(folded ? "64px" : grid == quiet ? actionsWidth() : me.seesWholeTeam() ? "22em" : "14em");
            // a word that no longer fits is not cut: the "…" of each row names itself for screen readers
            column.setHeader(folded ? "" : getTranslation("reminder.column.actions"));
        }
    }

    /** Room for every action's button on a wide screen; managers have one more (Reassign). */
    private String actionsWidth() {
        return me.seesWholeTeam() ? "22em" : "16em";
    }

    /** A snooze that ran out without contact, and why it was given: the context for the next call. */
    private String snoozeNote(QuietClient c) {
        if (c.snoozedUntil() == null) {
            return "";
        }
        return c.snoozeReason() == null
                ? getTranslation("reminder.snooze.ended", time.date(c.snoozedUntil()))
                : getTranslation("reminder.snooze.endedWhy", time.date(c.snoozedUntil()), c.snoozeReason());
    }

    /** One menu bar per row: its buttons fold into a "…" menu by themselves when the column is narrow. */
    private Component quietActions(QuietClient c) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        menu.setWidthFull();
        menu.setI18n(new MenuBar.MenuBarI18n()
                .setMoreOptions(getTranslation("reminder.action.for", getTranslation("common.actions"), c.name())));
        item(menu, "reminder.action.logTouch", c, () -> logTouch(c));
        item(menu, "reminder.action.followUp", c, () -> followUp(c));
        item(menu, "reminder.action.snooze", c, () -> snooze(c));
        if (me.seesWholeTeam()) {
            item(menu, "reminder.action.reassign", c, () -> reassign(c));
        }
        return menu;
    }

    /** "Snooze", read out as "Snooze — Acme" (every row has one). */
    private void item(MenuBar menu, String key, QuietClient c, Runnable action) {
        String words = getTranslation(key);
        menu.addItem(words, e -> action.run()).setAriaLabel(getTranslation("reminder.action.for", words, c.name()));
    }

    private void logTouch(QuietClient c) {
        var dialog = new TouchPointDialog(
                getTranslation("reminder.logTouch.title", c.name()),
                actions.contacts().contacts(c.id()).stream()
                        .filter(x -> x.active())
                        .toList(),
                new TouchPointDetails(),
                time);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> actions.touchPoints().logTouchPoint(c.id(), e.form(), time.zone()),
                getTranslation("reminder.logTouch.done")));
        dialog.open();
    }

    private void followUp(QuietClient c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reminder.followUp.title", c.name()));
        var editor = new FollowUpEditor(people, me, time);
        editor.addScheduleListener(e -> closeOnSuccess(
                dialog,
                () -> actions.followUps().scheduleFollowUp(c.id(), e.what(), e.due(), time.zone(), e.assigneeId()),
                getTranslation("reminder.followUp.scheduled")));
        dialog.add(editor);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        editor.submitFrom(dialog.getFooter());
        dialog.open();
    }

    private void snooze(QuietClient c) {
        var dialog = new SnoozeDialog(c.name(), time);
        dialog.addSnoozeListener(e -> closeOnSuccess(
                dialog,
                () -> actions.snoozes().snooze(c.id(), e.until(), e.reason()),
                getTranslation("reminder.snoozed", c.name())));
        dialog.open();
    }

    private void reassign(QuietClient c) {
        var dialog = new ReassignDialog(c.name(), c.ownerId(), people);
        dialog.addReassignListener(e -> closeOnSuccess(
                dialog,
                () -> actions.reassign().reassign(c.id(), e.newOwner().id(), c.version()),
                getTranslation("reminder.reassigned", c.name(), e.newOwner().displayName())));
        dialog.open();
    }

    private void snoozeAll(Set<QuietClient> selected) {
        var chosen = List.copyOf(selected);
        var dialog = new SnoozeDialog(count(chosen), time);
        dialog.addSnoozeListener(e -> closeIfAny(
                dialog,
                Attempt.each(
                        chosen,
                        c -> actions.snoozes().snooze(c.id(), e.until(), e.reason()),
                        QuietClient::name,
                        getTranslation("reminder.bulk.snoozed"))));
        dialog.open();
    }

    private void reassignAll(Set<QuietClient> selected) {
        var chosen = List.copyOf(selected);
        var dialog = new ReassignDialog(count(chosen), -1, people);
        dialog.addReassignListener(e -> closeIfAny(
                dialog,
                Attempt.each(
                        chosen,
                        c -> actions.reassign().reassign(c.id(), e.newOwner().id(), c.version()),
                        QuietClient::name,
                        getTranslation("reminder.bulk.reassigned", e.newOwner().displayName()))));
        dialog.open();
    }

    private String count(List<QuietClient> clients) {
        return clients.size() == 1 ? clients.getFirst().name() : getTranslation("reminder.clients", clients.size());
    }

    /** A bulk change closes its dialog when it changed anything; the notice names what was refused. */
    private void closeIfAny(Dialog dialog, int changed) {
        quiet.deselectAll();
        refresh();
        afterChange.run();
        if (changed > 0) {
            dialog.close();
        }
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
        quietTitle.setText(
                getTranslation("reminder.quiet.title", source.quietCount().count(new Query<>())));
        followUpTitle.setText(getTranslation(
                "reminder.followUps.title", source.followUpCount().count(new Query<>())));
    }

    private static RouterLink link(long clientId, String name) {
        return new RouterLink(name, ClientDetailView.class, ClientDetailView.params(clientId));
    }

    /** The client's name as a link, its stage underneath: both whole, on a phone too. */
    private static Component clientCell(long clientId, String name, String stage) {
        var stageName = new Span(stage);
        stageName.addClassName("cell-secondary");
        var cell = new Div(link(clientId, name), stageName);
        cell.addClassName("client-cell");
        return cell;
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
