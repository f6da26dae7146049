package com.journeycrm.client.ui;

import com.journeycrm.audit.AuditService;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;

/**
 * One client's whole journey: the header with the buttons features above contribute ("Move to…", "Log touch
 * point"), the profile, contacts, referrals and changes, and the tabs features above contribute (timeline,
 * follow-ups, services) in between. The router reuses this view for another client (a referral link, back and
 * forward): the tabs are built once and only their content is shown again, on the tab the user is on.
 */
@Route("clients/:clientId")
@PermitAll
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, TitledView {

    static final String REFUSAL_NOTE = "client.view.refusalNote";

    private final ClientService clients;
    private final ContactService contacts;
    private final UserTime time;

    final ClientHeader header;
    final TabSheet tabs = new TabSheet();
    final ProfileEditor profile;
    final ContactsPanel contactsPanel = new ContactsPanel(this::openContact);
    final ReferralsPanel referralsPanel = new ReferralsPanel();
    final ChangesPanel changesPanel;
    /** Each tab's name in the address. */
    private final Map<com.vaadin.flow.component.tabs.Tab, String> tabAddresses = new LinkedHashMap<>();
    /** What features above this one contribute: header buttons and tabs. */
    private final List<ClientTab.Content> contributed = new ArrayList<>();

    private ClientDetails client;

    public ClientDetailView(
            ClientService clients,
            ContactService contacts,
            ObjectProvider<ClientAction> actionsFromAbove,
            ObjectProvider<ClientTab> tabsFromAbove,
            AuditService audit,
            Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.time = UserTime.of(clock);
        this.profile = new ProfileEditor(query ->
                clients
                        .findRefs(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream()
                        .filter(r -> client == null || r.id() != client.id()));
        this.changesPanel = new ChangesPanel(audit, time);
        var host = new Host();
        this.header = new ClientHeader(actionsFromAbove.stream()
                .sorted(Comparator.comparingInt(ClientAction::order))
                .map(action -> contribute(action.create(host)))
                .toList());
        configureProfile();
        addClassName("client-view");
        tabs.setWidthFull();
        createTabs(tabsFromAbove, host);
        add(header, tabs);
    }

    private void createTabs(ObjectProvider<ClientTab> tabsFromAbove, Host host) {
        record Tab(int order, String address, String label, Component content) {}
        var all = new ArrayList<Tab>(List.of(
                new Tab(ClientTab.PROFILE, "profile", getTranslation("client.tab.profile"), profile),
                new Tab(ClientTab.CONTACTS, "contacts", getTranslation("client.tab.contacts"), contactsPanel),
                new Tab(ClientTab.REFERRALS, "referrals", getTranslation("client.tab.referrals"), referralsPanel),
                new Tab(ClientTab.CHANGES, "changes", getTranslation("client.tab.changes"), changesPanel)));
        tabsFromAbove.forEach(
                tab -> all.add(new Tab(tab.order(), tab.address(), tab.label(), contribute(tab.create(host)))));
        all.stream()
                .sorted(Comparator.comparingInt(Tab::order))
                .forEach(tab -> tabAddresses.put(tabs.add(tab.label(), tab.content()), tab.address()));
        // the selected tab is in the address (replaced, not added: Back leaves the client), so a tab can be linked
        tabs.addSelectedChangeListener(e -> {
            if (client != null && e.getSelectedTab() != null) {
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                new Location(
                                        "clients/" + client.id(),
                                        QueryParameters.of("tab", tabAddresses.get(e.getSelectedTab())))));
            }
        });
    }

    private Component contribute(ClientTab.Content content) {
        contributed.add(content);
        return content.component();
    }

    private void configureProfile() {
        profile.addSaveListener(e -> act(
                () -> clients.updateProfile(client.id(), e.profile(), client.version()),
                getTranslation("client.profile.saved", e.profile().getName().trim())));
        profile.addCancelListener(e -> reload());
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
            Notifications.error(getTranslation("client.view.gone"));
            event.forwardTo("clients");
            return;
        }
        // a tab the address names is opened; without one the tab the user is on stays
        var named = event.getLocation().getQueryParameters().getSingleParameter("tab");
        named.flatMap(address -> tabAddresses.entrySet().stream()
                        .filter(tab -> tab.getValue().equals(address))
                        .findFirst())
                .ifPresent(tab -> tabs.setSelectedTab(tab.getKey()));
        show();
    }

    /** Leaving with a profile not saved asks first: staying keeps what was typed. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!profile.hasChanges()) {
            return;
        }
        var action = event.postpone();
        var ask = new ConfirmDialog(
                getTranslation("client.unsaved.title"),
                getTranslation("client.unsaved.text", client.name()),
                getTranslation("client.unsaved.leave"),
                e -> {
                    profile.setProfile(ClientProfile.of(client));
                    action.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("client.unsaved.stay"));
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    /** Shows the current client in every tab; the tabs themselves and the selected one stay. */
    private void show() {
        boolean editable = client.editable();
        header.show(client, time);
        profile.setProfile(ClientProfile.of(client));
        profile.setReadOnly(!editable);
        contactsPanel.show(contacts.contacts(client.id()), editable);
        contributed.forEach(part -> part.show(client));
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

    private void openContact(ContactDetails form) {
        var dialog = new ContactDialog(form);
        dialog.addSaveListener(e -> {
            if (act(() -> contacts.saveContact(client.id(), e.form()), getTranslation("client.contact.saved"))) {
                dialog.close();
            }
        });
        dialog.open();
    }

    /** Runs a change; on refusal says why; in both cases shows the current state afterwards. */
    private boolean act(Runnable change, @Nullable String success) {
        try {
            return Attempt.run(change, success, getTranslation(REFUSAL_NOTE));
        } finally {
            reload();
        }
    }

    ClientDetails client() {
        return client;
    }

    /** What the contributions may ask of this view. */
    private final class Host implements ClientTab.Actions {

        @Override
        public boolean act(Runnable change, @Nullable String success) {
            return ClientDetailView.this.act(change, success);
        }

        @Override
        public void reload() {
            ClientDetailView.this.reload();
        }

        @Override
        public String refusalNote() {
            return getTranslation(REFUSAL_NOTE);
        }
    }

    @Override
    public String titleKey() {
        return "page.client";
    }
}
