package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.Source;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientDetailViewTest extends KaribuTest {

    @Autowired
    TimelineService timelineService;

    @Autowired
    TouchPointService touchPointService;

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contactService;

    private ClientDetailView open(Client client) {
        navigate("clients/" + client.getId());
        return _get(ClientDetailView.class);
    }

    @Test
    void going_from_one_client_to_another_and_back_keeps_the_same_seven_tabs() {
        var first = data.client(data.unique("First"), "sales", "Interested");
        var second = data.client(data.unique("Second"), "sales", "Informed");
        login("sales");
        var view = open(first);
        view.tabs.setSelectedIndex(5);

        navigate("clients/" + second.getId());
        assertThat(_get(ClientDetailView.class)).isSameAs(view);
        assertThat(view.tabs.getTabCount()).isEqualTo(7);
        assertThat(view.header.name.getText()).isEqualTo(second.getName());
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(5);

        UI.getCurrent().getPage().getHistory().back();
        navigate("clients/" + first.getId());
        assertThat(view.tabs.getTabCount()).isEqualTo(7);
        assertThat(view.header.name.getText()).isEqualTo(first.getName());
        assertThat(view.profile.name.getValue()).isEqualTo(first.getName());
    }

    @Test
    void the_selected_tab_is_in_the_address_so_it_can_be_linked() {
        var client = data.client(data.unique("Linked"), "sales", "Interested");
        login("sales");
        navigate("clients/" + client.getId() + "?tab=contacts");
        var view = _get(ClientDetailView.class);
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Contacts");

        view.tabs.setSelectedIndex(6);
        assertThat(lastReplacedAddress()).isEqualTo("clients/" + client.getId() + "?tab=changes");
        navigate("clients/" + client.getId() + "?tab=services");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Services");
        navigate("clients/" + client.getId() + "?tab=%3Cscript%3E");
        assertThat(view.tabs.getSelectedTab().getLabel())
                .as("an unknown tab leaves it")
                .isEqualTo("Services");
    }

    @Test
    void adding_a_contact_stays_on_the_contacts_tab_and_shows_the_new_person() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);

        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, "Ada Lovelace");
        enter(dialog.email, "ada@acme.example");
        _click(dialog.save);

        assertThat(_find(ContactDialog.class)).isEmpty();
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        assertThat(GridKt._fetch(view.contactsPanel.grid, 0, 10))
                .extracting(ContactItem::name)
                .containsExactly("Ada Lovelace");
        assertThat(GridKt._fetch(view.changesPanel.getContent(), 0, 10))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(AuditKind.CONTACT_ADDED);
                    assertThat(change.actorName()).isEqualTo("Dana Sales");
                    assertThat(change.detail()).isEqualTo("Contact: — → Ada Lovelace · ada@acme.example");
                });
    }

    @Test
    void an_invalid_contact_keeps_the_dialog_open_with_what_was_typed_and_saves_nothing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);
        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, "Ada Lovelace");
        enter(dialog.phone, "call me maybe");
        _click(dialog.save);

        assertThat(_get(ContactDialog.class)).isSameAs(dialog);
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Ada Lovelace");
        assertThat(contactService.contacts(client.getId())).isEmpty();
    }

    @Test
    void a_contact_changed_by_someone_else_meanwhile_is_not_overwritten_and_the_dialog_stays_open() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        var form = new ContactDetails();
        form.setName("Ada Lovelace");
        contactService.saveContact(client.getId(), form);
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);
        var row = GridKt._getCellComponent(view.contactsPanel.grid, 0, "actions");
        _click((Button) row);
        var dialog = _get(ContactDialog.class);

        data.loginAs("manager");
        var theirs = ContactDetails.of(contactService.contacts(client.getId()).getFirst());
        theirs.setJobTitle("CTO");
        contactService.saveContact(client.getId(), theirs);
        login("sales");

        enter(dialog.jobTitle, "CFO");
        _click(dialog.save);

        assertThat(_get(ContactDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Someone else changed Ada Lovelace"));
        assertThat(contactService.contacts(client.getId()).getFirst().jobTitle())
                .isEqualTo("CTO");
    }

    @Test
    void every_profile_field_stops_at_its_limit_in_the_browser() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW);
        login("sales");
        var profile = open(client).profile;
        assertThat(profile.name.getMaxLength()).isEqualTo(200);
        assertThat(profile.industry.getMaxLength()).isEqualTo(100);
        assertThat(profile.website.getMaxLength()).isEqualTo(255);
        assertThat(profile.notes.getMaxLength()).isEqualTo(5000);
    }

    @Test
    void a_website_thousands_of_characters_long_says_it_is_too_long_while_typing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW);
        login("sales");
        var profile = open(client).profile;
        profile.website.setValue("http://a" + ".".repeat(60_000) + " ");
        assertThat(profile.website.isInvalid()).isTrue();
        assertThat(profile.website.getErrorMessage()).isEqualTo("At most 255 characters");
    }

    @Test
    void the_header_shows_stage_owner_and_whether_the_client_has_gone_quiet() {
        var client = data.client(
                data.unique("Acme"), "sales", "Asked for information", TestConfig.NOW.minus(Duration.ofDays(5)));
        login("sales");
        var view = open(client);
        assertThat(view.header.name.getText()).isEqualTo(client.getName());
        assertThat(view.header.stage.getText()).isEqualTo("Asked for information");
        assertThat(view.header.facts.getText()).contains("Owner Dana Sales", "5 days in stage", "last touch never");
        assertThat(view.header.quiet.isVisible()).isTrue(); // threshold 3 days
    }

    @Test
    void saving_a_valid_profile_stores_it() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.industry.setValue("Logistics");
        view.profile.website.setValue("https://acme.example");
        view.profile.source.setValue(Source.EVENT);
        _click(view.profile.save);

        var details = clients.details(client.getId());
        assertThat(details.industry()).isEqualTo("Logistics");
        assertThat(details.website()).isEqualTo("https://acme.example");
        assertThat(details.source()).isEqualTo(Source.EVENT);
    }

    @Test
    void an_invalid_profile_shows_errors_at_the_fields_and_saves_nothing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.name.setValue("");
        view.profile.website.setValue("acme dot com");
        _click(view.profile.save);

        assertThat(view.profile.name.isInvalid()).isTrue();
        assertThat(view.profile.website.isInvalid()).isTrue();
        assertThat(view.profile.website.getErrorMessage()).contains("http");
        assertThat(clients.details(client.getId()).name()).isEqualTo(client.getName());
    }

    @Test
    void a_bare_domain_is_a_web_address_kept_with_https_in_front_as_the_import_keeps_it() {
        var client = data.client(data.unique("Harbour"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.website.setValue("harbourenergy.example");
        assertThat(view.profile.website.isInvalid()).isFalse();
        _click(view.profile.save);

        assertThat(clients.details(client.getId()).website()).isEqualTo("https://harbourenergy.example");
        assertThat(view.profile.website.getValue()).isEqualTo("https://harbourenergy.example");
    }

    @Test
    void leaving_a_profile_with_changes_not_saved_asks_first_and_staying_keeps_them() {
        var client = data.client(data.unique("Unsaved"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.industry.setValue("Shipping");

        navigate("clients");
        var ask = _get(ConfirmDialog.class);
        assertThat(_find(ClientDetailView.class)).as("still on the client").hasSize(1);
        ConfirmDialogKt._fireCancel(ask);
        assertThat(view.profile.industry.getValue()).isEqualTo("Shipping");

        navigate("clients");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(ClientDetailView.class)).isEmpty();
        _get(ClientListView.class);
        assertThat(clients.details(client.getId()).industry())
                .as("nothing saved")
                .isNotEqualTo("Shipping");
    }

    @Test
    void an_email_address_the_browser_finds_malformed_says_what_is_wrong() {
        var client = data.client(data.unique("Mail"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);
        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        assertThat(dialog.email.getI18n().getPatternErrorMessage())
                .isEqualTo("Enter a valid email address, like name@example.com");
        enter(dialog.name, "Erin");
        enter(dialog.email, "erin@@example");
        _click(dialog.save);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@example.com");
    }

    @Test
    void a_profile_changed_meanwhile_by_someone_else_is_not_overwritten() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);

        data.loginAs("manager");
        var theirs = new ClientProfile();
        theirs.setName("Acme (manager's edit)");
        theirs.setSource(Source.OTHER);
        clients.updateProfile(client.getId(), theirs, client.getVersion());
        login("sales");

        view.tabs.setSelectedIndex(1);
        view.profile.name.setValue("Acme (sales edit)");
        _click(view.profile.save);

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Morgan Manager changed"));
        assertThat(clients.details(client.getId()).name()).isEqualTo("Acme (manager's edit)");
        assertThat(view.profile.name.getValue()).isEqualTo("Acme (manager's edit)");
    }

    @Test
    void sales_sees_another_owners_client_read_only() {
        var client = data.client(data.unique("Acme"), "sales2", "Interested");
        login("sales");
        var view = open(client);
        assertThat(_get(view.header, Button.class, spec -> spec.withText("Log touch point"))
                        .isEnabled())
                .isFalse();
        assertThat(_get(view.header, Button.class, spec -> spec.withText("Move to…"))
                        .isEnabled())
                .isFalse();
        assertThat(view.profile.save.isVisible()).isFalse();
        assertThat(view.profile.name.isReadOnly()).isTrue();
        assertThat(view.header.readOnly.getText()).isEqualTo("Read only: Sven Sales owns this client.");
    }

    @Test
    void an_unknown_client_id_goes_back_to_the_client_list() {
        login("sales");
        navigate("clients/999999999");
        assertThat(_find(ClientDetailView.class)).isEmpty();
        _get(ClientListView.class);
    }
}
