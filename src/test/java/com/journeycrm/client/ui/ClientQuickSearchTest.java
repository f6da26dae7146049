package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientSearchHit;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The top bar's search: by client name or website, or by a contact's name, email or phone; picking opens it. */
class ClientQuickSearchTest extends KaribuTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ClientService clients;

    @SuppressWarnings("unchecked")
    private static ComboBox<ClientSearchHit> searchField() {
        return _get(ComboBox.class, spec -> spec.withClasses("quick-search"));
    }

    @SuppressWarnings("unchecked")
    private static List<ClientSearchHit> suggestions(ComboBox<ClientSearchHit> field, String text) {
        var provider = (DataProvider<ClientSearchHit, String>) field.getDataProvider();
        return provider.fetch(new Query<ClientSearchHit, String>(0, 50, null, null, text))
                .toList();
    }

    @Test
    void a_contact_email_or_phone_finds_the_client_and_says_who_matched() {
        var client = data.client(data.unique("Quickfind"), "sales3", "Aware");
        String tag = data.unique("zq").replaceAll("[^a-z0-9]", "");
        data.loginAs("sales3");
        var contact = new ContactDetails();
        contact.setName("Ada " + tag);
        contact.setEmail(tag + "@example.org");
        contact.setPhone("+44 20 7946 0123");
        contacts.saveContact(client.getId(), contact);

        login("sales");
        navigate("clients");
        var field = searchField();
        assertThat(suggestions(field, tag + "@example")).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(client.getId());
            assertThat(hit.detail()).contains("Ada " + tag).contains(tag + "@example.org");
        });
        assertThat(suggestions(field, "7946 0123"))
                .extracting(ClientSearchHit::id)
                .contains(client.getId());
        assertThat(suggestions(field, client.getName()))
                .extracting(ClientSearchHit::contactName)
                .containsOnlyNulls();
    }

    @Test
    void the_companies_come_first_one_row_each_then_the_contacts_under_theirs() {
        String tag = data.unique("hq").replaceAll("[^a-z0-9]", "");
        var company = data.client("Aaa " + tag + " Energy", "sales3", "Aware");
        var other = data.client("Zzz " + data.unique("Other"), "sales3", "Interested");
        data.loginAs("sales3");
        for (var pair : List.of(
                List.of(company.getId(), "Bo " + tag),
                List.of(company.getId(), "Cy " + tag),
                List.of(other.getId(), "Al " + tag))) {
            var contact = new ContactDetails();
            contact.setName((String) pair.get(1));
            contacts.saveContact((Long) pair.get(0), contact);
        }

        login("sales");
        navigate("clients");
        assertThat(suggestions(searchField(), tag))
                .extracting(hit -> hit.name() + " / " + hit.contactName())
                .containsExactly(
                        company.getName() + " / null",
                        company.getName() + " / Bo " + tag,
                        company.getName() + " / Cy " + tag,
                        other.getName() + " / Al " + tag);
        assertThat(suggestions(searchField(), tag).getFirst().detail()).isEqualTo("Aware · Priya Sales");
    }

    @Test
    void one_character_finds_nothing_and_a_pick_opens_the_client() {
        var client = data.client(data.unique("Openable"), "sales3", "Aware");
        login("sales");
        navigate("clients");
        var field = searchField();
        assertThat(suggestions(field, "o")).isEmpty();

        var hit = suggestions(field, client.getName()).getFirst();
        enter(field, hit);
        assertThat(_get(ClientDetailView.class).client().id()).isEqualTo(client.getId());
        assertThat(searchField().getValue()).isNull();
    }

    @Test
    void a_website_finds_its_client_and_wildcards_are_taken_literally() {
        var client = data.client(data.unique("Webbed"), "sales3", "Aware");
        data.loginAs("sales3");
        var profile = ClientProfile.of(clients.details(client.getId()));
        String host = data.unique("webbed").replaceAll("[^a-z0-9]", "") + ".example";
        profile.setWebsite("https://" + host);
        clients.updateProfile(
                client.getId(), profile, clients.details(client.getId()).version());

        assertThat(clients.quickSearch(host, 20))
                .extracting(ClientSearchHit::id)
                .containsExactly(client.getId());
        assertThat(clients.quickSearch("%%", 20)).isEmpty();
    }
}
