package com.journeycrm.client.ui;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactForm;
import com.journeycrm.client.ProfileForm;
import com.journeycrm.client.TimelineEntry;
import com.journeycrm.client.TouchPointForm;
import com.journeycrm.journey.JourneyService;
import com.journeycrm.journey.ui.ClientMover;
import com.journeycrm.journey.ui.MoveToDialog;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;

/** One client's whole journey: header with "Move to…", timeline, profile, contacts, follow-ups, services, referrals. */
@Route("clients/:clientId")
@PageTitle("Client · Journey CRM")
@PermitAll
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientService clients;
    private final JourneyService journey;
    private final Clock clock;
    private final UserService users;

    final Button moveTo = new Button("Move to…");
    final Button logTouch = new Button("Log touch point");
    final ClientHeader header = new ClientHeader(moveTo, logTouch);
    final TabSheet tabs = new TabSheet();
    ProfileEditor profile;
    Timeline timeline;
    FollowUpEditor followUpEditor;
    private ClientDetails client;
    private ClientMover mover;

    public ClientDetailView(ClientService clients, JourneyService journey, UserService users, Clock clock) {
        this.clients = clients;
        this.journey = journey;
        this.users = users;
        this.clock = clock;
        addClassName("client-view");
        moveTo.addClickListener(e -> openMoveTo());
        logTouch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logTouch.addClickListener(e -> openTouchPointDialog(null));
        tabs.setWidthFull();
        add(header, tabs);
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
        mover = new ClientMover(journey, journey.listStages(), this::reload, this::reload);
        buildTabs();
        showHeader();
    }

    private void buildTabs() {
        long id = client.id();
        timeline = new Timeline(clients, id, clock.getZone(), this::openTouchPointDialog, this::confirmDelete);
        profile = new ProfileEditor(query -> clients.findRefs(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .filter(r -> r.id() != id));
        profile.addSaveListener(e -> saveProfile(e.profile()));
        profile.addCancelListener(e -> reload());
        followUpEditor = new FollowUpEditor(users.listActiveUsers(), users.currentUser(), clock,
                (what, due, assignee) -> act(() -> clients.scheduleFollowUp(id, what, due, assignee), "Follow-up scheduled."));
        tabs.add("Timeline", timeline);
        tabs.add("Profile", profile);
        tabs.add("Contacts", new Div());
        tabs.add("Follow-ups", new Div());
        tabs.add("Services", new Div());
        tabs.add("Referrals", new Div());
    }

    private void showHeader() {
        header.show(client, clock.instant(), clock.getZone());
        moveTo.setEnabled(client.editable());
        logTouch.setEnabled(client.editable());
        profile.setProfile(ProfileForm.of(client));
        profile.setReadOnly(!client.editable());
        followUpEditor.setVisible(client.editable());
        var contacts = new VerticalLayout(ClientPanels.contacts(clients.contacts(client.id()), client.editable(),
                c -> openContact(ContactForm.of(c))));
        if (client.editable()) {
            contacts.addComponentAsFirst(new Button("Add contact", e -> openContact(new ContactForm())));
        }
        replaceTab(2, contacts);
        replaceTab(3, new VerticalLayout(followUpEditor, ClientPanels.followUps(clients.followUps(client.id()),
                clock.instant(), clock.getZone(), client.editable(),
                f -> act(() -> clients.completeFollowUp(f.id()), "Follow-up done."))));
        replaceTab(4, ClientPanels.services(clients.services(client.id()), client.editable(),
                (s, bought, aware) -> act(() -> clients.setService(client.id(), s.offeringId(), bought, aware), null)));
        replaceTab(5, ClientPanels.referrals(client.referredById() == null ? null
                : new ClientRef(client.referredById(), client.referredByName()), clients.referredBy(client.id())));
    }

    private void replaceTab(int index, com.vaadin.flow.component.Component content) {
        var tab = tabs.getTabAt(index);
        tabs.remove(index);
        tabs.add(tab, content, index);
    }

    void reload() {
        try {
            client = clients.details(client.id());
            showHeader();
            timeline.refresh();
        } catch (NotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openMoveTo() {
        new MoveToDialog(client.name(), client.stageId(), journey.listStages(),
                stage -> mover.request(new ClientMover.Subject(client.id(), client.name(), client.stageId(),
                        client.version()), stage), null).open();
    }

    private void saveProfile(ProfileForm form) {
        act(() -> clients.updateProfile(client.id(), form, client.version()), "Saved " + form.getName().trim() + ".");
    }

    void openTouchPointDialog(TimelineEntry existing) {
        var form = existing == null ? new TouchPointForm() : clients.touchPointForm(existing.touchPointId());
        var dialog = new TouchPointDialog(existing == null ? "Log a touch point with " + client.name() : "Edit touch point",
                clients.contacts(client.id()).stream().filter(c -> c.active()
                        || (form.getContact() != null && form.getContact().id() == c.id())).toList(), form, clock);
        dialog.addSaveListener(e -> {
            boolean ok = act(() -> {
                if (existing == null) {
                    clients.logTouchPoint(client.id(), e.form());
                } else {
                    clients.updateTouchPoint(existing.touchPointId(), e.form());
                }
            }, existing == null ? "Touch point logged." : "Touch point updated.");
            if (ok) {
                dialog.close();
            }
        });
        dialog.open();
    }

    void confirmDelete(TimelineEntry entry) {
        var confirm = new ConfirmDialog("Delete touch point?", "\"" + entry.title() + "\" will be removed from the timeline.",
                "Delete", e -> act(() -> clients.deleteTouchPoint(entry.touchPointId()), "Touch point deleted."),
                "Cancel", e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openContact(ContactForm form) {
        var dialog = new ContactDialog(form, saved -> act(() -> clients.saveContact(client.id(), saved),
                "Contact saved."));
        dialog.save.addClickListener(e -> dialog.close());
        dialog.open();
    }

    /** Runs a change; on refusal shows why, and in every case shows the current state afterwards. */
    private boolean act(Runnable change, String success) {
        try {
            return Attempt.run(change, success);
        } finally {
            reload();
        }
    }

    ClientDetails client() {
        return client;
    }
}
