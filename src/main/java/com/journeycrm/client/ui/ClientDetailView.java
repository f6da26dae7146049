package com.journeycrm.client.ui;

import com.journeycrm.audit.AuditService;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.FollowUpService;
import com.journeycrm.client.MoveService;
import com.journeycrm.client.TimelineEntry;
import com.journeycrm.client.TimelineService;
import com.journeycrm.client.TouchPointDetails;
import com.journeycrm.client.TouchPointService;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;

/**
 * One client's whole journey: header with "Move to…", timeline, profile, contacts, follow-ups, services, referrals.
 * The router reuses this view for another client (a referral link, back and forward): the tabs are built once and
 * only their content is shown again, on the tab the user is on.
 */
@Route("clients/:clientId")
@PageTitle("Client · Journey CRM")
@PermitAll
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

    static final String REFUSAL_NOTE = "This page now shows the current state.";

    private final ClientService clients;
    private final ContactService contacts;
    private final FollowUpService followUps;
    private final TouchPointService touchPoints;
    private final UserTime time;
    private final List<StageSummary> stages;

    final Button moveTo = new Button("Move to…");
    final Button logTouch = new Button("Log touch point");
    final ClientHeader header = new ClientHeader(moveTo, logTouch);
    final TabSheet tabs = new TabSheet();
    final Timeline timeline;
    final ProfileEditor profile;
    final ContactsPanel contactsPanel = new ContactsPanel(this::openContact);
    final FollowUpsPanel followUpsPanel;
    /** The tabs features above this one contribute (Services), in their order. */
    final List<ClientTab.Content> contributed;

    final ReferralsPanel referralsPanel = new ReferralsPanel();
    final ChangesPanel changesPanel;
    private final ClientMover mover;
    private ClientDetails client;

    public ClientDetailView(
            ClientService clients,
            ContactService contacts,
            FollowUpService followUps,
            ObjectProvider<ClientTab> tabsFromAbove,
            TouchPointService touchPoints,
            TimelineService timelines,
            MoveService moves,
            StageService stageService,
            UserService users,
            AuditService audit,
            Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.followUps = followUps;
        this.touchPoints = touchPoints;
        this.time = UserTime.of(clock);
        this.stages = stageService.listStages();
        this.mover = new ClientMover(moves, stages, id -> reload(), this::reload, REFUSAL_NOTE);
        this.timeline = new Timeline(timelines, time, this::openTouchPointDialog, this::confirmDelete);
        this.profile = new ProfileEditor(query ->
                clients
                        .findRefs(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream()
                        .filter(r -> client == null || r.id() != client.id()));
        var editor = new FollowUpEditor(users.listActiveUsers(), users.currentUser(), time);
        this.followUpsPanel =
                new FollowUpsPanel(editor, time, f -> act(() -> followUps.completeFollowUp(f.id()), "Follow-up done."));
        this.changesPanel = new ChangesPanel(audit, time);
        configureActions(editor);
        addClassName("client-view");
        tabs.setWidthFull();
        tabs.add("Timeline", timeline);
        tabs.add("Profile", profile);
        tabs.add("Contacts", contactsPanel);
        tabs.add("Follow-ups", followUpsPanel);
        this.contributed = tabsFromAbove.stream()
                .sorted(Comparator.comparingInt(ClientTab::order))
                .map(tab -> {
                    var content = tab.create(this::act);
                    tabs.add(tab.label(), content.component());
                    return content;
                })
                .toList();
        tabs.add("Referrals", referralsPanel);
        tabs.add("Changes", changesPanel);
        add(header, tabs);
    }

    private void configureActions(FollowUpEditor editor) {
        moveTo.addClickListener(e -> openMoveTo());
        logTouch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logTouch.addClickListener(e -> openTouchPointDialog(null));
        profile.addSaveListener(e -> act(
                () -> clients.updateProfile(client.id(), e.profile(), client.version()),
                "Saved " + e.profile().getName().trim() + "."));
        profile.addCancelListener(e -> reload());
        editor.addScheduleListener(e -> {
            if (act(
                    () -> followUps.scheduleFollowUp(client.id(), e.what(), e.due(), time.zone(), e.assigneeId()),
                    "Follow-up scheduled.")) {
                editor.clear();
            }
        });
    }

    public static RouteParameters params(long clientId) {
        return new RouteParameters("clientId", String.valueOf(clientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("clientId").orElse(""));
            client = clients.details(id);
        } catch (NumberFormatException | NotFoundException e) {
            Notifications.error("That client does not exist (any more).");
            event.forwardTo("clients");
            return;
        }
        show();
    }

    /** Shows the current client in every tab; the tabs themselves and the selected one stay. */
    private void show() {
        boolean editable = client.editable();
        header.show(client, time);
        moveTo.setEnabled(editable);
        logTouch.setEnabled(editable);
        timeline.show(client.id());
        profile.setProfile(ClientProfile.of(client));
        profile.setReadOnly(!editable);
        contactsPanel.show(contacts.contacts(client.id()), editable);
        followUpsPanel.show(followUps.followUps(client.id()), editable);
        contributed.forEach(tab -> tab.show(client));
        referralsPanel.show(
                client.referredById() == null ? null : new ClientRef(client.referredById(), client.referredByName()),
                clients.referredBy(client.id()));
        changesPanel.show(client.id());
    }

    void reload() {
        try {
            client = clients.details(client.id());
            show();
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openMoveTo() {
        new MoveToDialog(
                        client.name(),
                        client.stageId(),
                        stages,
                        stage -> mover.request(
                                new ClientMover.Subject(client.id(), client.name(), client.stageId(), client.version()),
                                stage),
                        null)
                .open();
    }

    void openTouchPointDialog(TimelineEntry existing) {
        var form = existing == null
                ? new TouchPointDetails()
                : touchPoints.touchPoint(existing.touchPointId(), time.zone());
        var dialog = new TouchPointDialog(
                existing == null ? "Log a touch point with " + client.name() : "Edit touch point",
                contacts.contacts(client.id()).stream()
                        .filter(c -> c.active()
                                || (form.getContact() != null
                                        && form.getContact().id() == c.id()))
                        .toList(),
                form,
                time);
        dialog.addSaveListener(e -> {
            boolean ok = act(
                    () -> {
                        if (existing == null) {
                            touchPoints.logTouchPoint(client.id(), e.form(), time.zone());
                        } else {
                            touchPoints.updateTouchPoint(existing.touchPointId(), e.form(), time.zone());
                        }
                    },
                    existing == null ? "Touch point logged." : "Touch point updated.");
            if (ok) {
                dialog.close();
            }
        });
        dialog.open();
    }

    void confirmDelete(TimelineEntry entry) {
        var confirm = new ConfirmDialog(
                "Delete touch point?",
                "\"" + entry.title() + "\" will be removed from the timeline.",
                "Delete",
                e -> act(() -> touchPoints.deleteTouchPoint(entry.touchPointId()), "Touch point deleted."),
                "Cancel",
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openContact(ContactDetails form) {
        var dialog = new ContactDialog(form);
        dialog.addSaveListener(e -> {
            if (act(() -> contacts.saveContact(client.id(), e.form()), "Contact saved.")) {
                dialog.close();
            }
        });
        dialog.open();
    }

    /** Runs a change; on refusal says why; in both cases shows the current state afterwards. */
    private boolean act(Runnable change, @Nullable String success) {
        try {
            return Attempt.run(change, success, REFUSAL_NOTE);
        } finally {
            reload();
        }
    }

    ClientDetails client() {
        return client;
    }
}
