package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientChanged.Kind;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Creating, finding and editing clients and their contacts, as the user meets them. */
@IntegrationTest
@RecordApplicationEvents
class ClientServiceTest {

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    ContactService contacts;

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    private static TouchPointDetails touch(TouchPointType type, Instant at, String summary) {
        var form = new TouchPointDetails();
        form.setType(type);
        form.setDirection(Direction.OUTBOUND);
        form.setOccurredAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        form.setSummary(summary);
        return form;
    }

    private static ClientProfile profile(String name) {
        var form = new ClientProfile();
        form.setName(name);
        form.setSource(Source.WEBSITE);
        return form;
    }

    @Test
    void the_client_list_counts_every_client_without_a_filter_and_the_matching_ones_with_one() {
        String name = data.unique("Countable");
        data.client(name, "sales", "Interested");
        data.loginAs("sales");
        long everyone = jdbc.queryForObject("select count(*) from client", Long.class);
        assertThat(clients.countSearch(new ClientFilter(null, null, null, null)))
                .isEqualTo(everyone);
        assertThat(clients.countSearch(new ClientFilter("  ", null, null, null)))
                .isEqualTo(everyone);
        assertThat(clients.countSearch(ClientFilter.byName(name))).isEqualTo(1);
        assertThat(clients.countSearch(
                        new ClientFilter(null, data.stage("Interested").getId(), null, null)))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from client where stage_id = ?",
                        Long.class,
                        data.stage("Interested").getId()));
    }

    @Test
    void sales_cannot_change_another_owners_client_but_a_manager_can() {
        var client = data.client(data.unique("Acme"), "sales2", "Interested");
        data.loginAs("sales");
        assertThatThrownBy(() -> touchPoints.logTouchPoint(
                        client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Hi"), ZoneOffset.UTC))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clients.details(client.getId()).editable()).isFalse();

        data.loginAs("manager");
        touchPoints.logTouchPoint(client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Hi"), ZoneOffset.UTC);
        assertThat(clients.details(client.getId()).lastTouchAt()).isEqualTo(TestConfig.NOW);
    }

    @Test
    void a_new_client_starts_in_a_pre_purchase_stage_owned_by_its_creator() {
        data.loginAs("sales");
        long id = clients.create(
                profile(data.unique("Newco")), data.stage("Interested").getId(), null);
        var details = clients.details(id);
        assertThat(details.ownerName()).isEqualTo("Dana Sales");
        assertThat(details.stageName()).isEqualTo("Interested");
        assertThat(data.history(id)).hasSize(1);

        assertThatThrownBy(() -> clients.create(
                        profile(data.unique("Newco")),
                        data.stage("Active engagement").getId(),
                        null))
                .isInstanceOf(RuleViolationException.class);
        long other = data.user("sales2").getId();
        assertThatThrownBy(() -> clients.create(
                        profile(data.unique("Newco")), data.stage("Aware").getId(), other))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_creates_a_client_for_someone_else() {
        data.loginAs("manager");
        long id = clients.create(
                profile(data.unique("Newco")),
                data.stage("Aware").getId(),
                data.user("sales3").getId());
        assertThat(clients.details(id).ownerName()).isEqualTo("Priya Sales");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_keeps_the_other_edit() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("manager");
        String renamed = data.unique("Renamed by manager");
        clients.updateProfile(client.getId(), profile(renamed), client.getVersion());

        data.loginAs("sales");
        assertThatThrownBy(
                        () -> clients.updateProfile(client.getId(), profile("Renamed by sales"), client.getVersion()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Morgan Manager changed");
        assertThat(clients.details(client.getId()).name()).isEqualTo(renamed);
    }

    @Test
    void an_invalid_website_is_refused() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        var form = profile("Acme");
        form.setWebsite("not a url");
        assertThatThrownBy(() -> clients.updateProfile(client.getId(), form, client.getVersion()))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void contacts_are_validated_and_people_who_left_are_kept_but_marked() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        var bad = new ContactDetails();
        bad.setName("Ann Example");
        bad.setEmail("not-an-email");
        assertThatThrownBy(() -> contacts.saveContact(client.getId(), bad))
                .isInstanceOf(ConstraintViolationException.class);
        bad.setEmail("ann@example.com");
        bad.setPhone("call me maybe");
        assertThatThrownBy(() -> contacts.saveContact(client.getId(), bad))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(contacts.contacts(client.getId())).isEmpty();

        bad.setPhone("+44 20 7946 0000");
        contacts.saveContact(client.getId(), bad);
        var saved = ContactDetails.of(contacts.contacts(client.getId()).getFirst());
        saved.setActive(false);
        contacts.saveContact(client.getId(), saved);
        var left = contacts.contacts(client.getId()).getFirst();
        assertThat(left.active()).isFalse();
        assertThat(left.toString()).isEqualTo("Ann Example (left)");
    }

    @Test
    void referrals_are_listed_both_ways() {
        var referrer = data.client(data.unique("Referrer"), "sales", "Former — advocate");
        data.loginAs("sales");
        var form = profile(data.unique("Referred"));
        form.setSource(Source.REFERRAL);
        form.setReferredBy(new ClientRef(referrer.getId(), referrer.getName()));
        long id = clients.create(form, data.stage("Interested").getId(), null);
        assertThat(clients.referredBy(referrer.getId()))
                .extracting(ClientRef::id)
                .containsExactly(id);
        assertThat(clients.details(id).referredById()).isEqualTo(referrer.getId());
    }

    @Test
    void creating_a_client_publishes_its_arrival_and_an_edit_returns_the_new_version() {
        data.loginAs("sales");
        var profile = new ClientProfile();
        profile.setName(data.unique("Fresh"));
        long id = clients.create(profile, data.stage("Aware").getId(), null);
        assertThat(events.stream(ClientChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.CREATED);
            assertThat(e.fromStageId()).isNull();
            assertThat(e.moved()).isTrue();
        });
        long version = clients.details(id).version();
        profile.setIndustry("Shipping");
        long after = clients.updateProfile(id, profile, version);
        assertThat(after).isGreaterThan(version).isEqualTo(clients.details(id).version());
    }
}
