package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.offering.OfferingService;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ClientServiceTest {

    @Autowired
    ContactService contactService;

    @Autowired
    FollowUpService followUpService;

    @Autowired
    OfferingService offeringService;

    @Autowired
    TimelineService timelineService;

    @Autowired
    TouchPointService touchPointService;

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

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
    void logging_a_call_moves_last_touch_and_next_touch_due_in_the_same_transaction() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        Instant at = TestConfig.NOW.minus(Duration.ofHours(2));

        touchPointService.logTouchPoint(
                client.getId(), touch(TouchPointType.CALL, at, "Called about budget"), ZoneOffset.UTC);

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isEqualTo(at);
        assertThat(details.lastTouchType()).isEqualTo(TouchPointType.CALL);
        assertThat(details.nextTouchDue()).isEqualTo(at.plus(Duration.ofDays(21))); // Interested: 21 days
        assertThat(details.quiet(clock.instant())).isFalse();
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
    void a_newsletter_is_logged_but_does_not_count_as_being_in_touch() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        touchPointService.logTouchPoint(
                client.getId(),
                touch(TouchPointType.NEWSLETTER, TestConfig.NOW, "November newsletter"),
                ZoneOffset.UTC);

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isNull();
        assertThat(details.quiet(clock.instant())).isTrue();
        assertThat(timelineService.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isEqualTo(1);
    }

    @Test
    void a_touch_point_in_the_future_is_refused_and_nothing_is_saved() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        assertThatThrownBy(() -> touchPointService.logTouchPoint(
                        client.getId(),
                        touch(TouchPointType.CALL, TestConfig.NOW.plus(Duration.ofHours(1)), "Later"),
                        ZoneOffset.UTC))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("future");
        assertThat(timelineService.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isZero();
    }

    @Test
    void a_summary_over_200_characters_is_refused_and_nothing_is_saved() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        assertThatThrownBy(() -> touchPointService.logTouchPoint(
                        client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "x".repeat(201)), ZoneOffset.UTC))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
        assertThat(timelineService.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isZero();
    }

    @Test
    void deleting_the_latest_touch_point_falls_back_to_the_one_before() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(40)));
        data.loginAs("sales");
        Instant earlier = TestConfig.NOW.minus(Duration.ofDays(10));
        touchPointService.logTouchPoint(
                client.getId(), touch(TouchPointType.EMAIL, earlier, "Sent case study"), ZoneOffset.UTC);
        touchPointService.logTouchPoint(
                client.getId(), touch(TouchPointType.MEETING, TestConfig.NOW, "Workshop"), ZoneOffset.UTC);

        var latest = timelineService
                .timeline(client.getId(), EnumSet.allOf(TouchPointType.class), false, 0, 10)
                .getFirst();
        assertThat(latest.title()).isEqualTo("Workshop");
        touchPointService.deleteTouchPoint(latest.touchPointId());

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isEqualTo(earlier);
        assertThat(details.nextTouchDue()).isEqualTo(earlier.plus(Duration.ofDays(21)));
    }

    @Test
    void sales_cannot_change_another_owners_client_but_a_manager_can() {
        var client = data.client(data.unique("Acme"), "sales2", "Interested");
        data.loginAs("sales");
        assertThatThrownBy(() -> touchPointService.logTouchPoint(
                        client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Hi"), ZoneOffset.UTC))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clients.details(client.getId()).editable()).isFalse();

        data.loginAs("manager");
        touchPointService.logTouchPoint(
                client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Hi"), ZoneOffset.UTC);
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
    void the_timeline_merges_touch_points_and_stage_changes_newest_first_a_page_at_a_time() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(50)));
        data.loginAs("sales");
        for (int day = 40; day >= 0; day -= 10) {
            touchPointService.logTouchPoint(
                    client.getId(),
                    touch(TouchPointType.CALL, TestConfig.NOW.minus(Duration.ofDays(day)), "Call " + day),
                    ZoneOffset.UTC);
        }
        var all = EnumSet.allOf(TouchPointType.class);
        assertThat(timelineService.timelineCount(client.getId(), all, true)).isEqualTo(6);
        var first = timelineService.timeline(client.getId(), all, true, 0, 3);
        var second = timelineService.timeline(client.getId(), all, true, 3, 3);
        assertThat(first).extracting(TimelineEntry::title).containsExactly("Call 0", "Call 10", "Call 20");
        assertThat(second)
                .extracting(TimelineEntry::title)
                .containsExactly("Call 30", "Call 40", "Added in Interested");
        assertThat(timelineService.timeline(client.getId(), EnumSet.of(TouchPointType.EMAIL), true, 0, 10))
                .extracting(TimelineEntry::title)
                .containsExactly("Added in Interested");
    }

    @Test
    void a_follow_up_sets_the_clients_next_follow_up_and_completing_it_clears_it() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        followUpService.scheduleFollowUp(
                client.getId(), "Send proposal", TestConfig.TODAY.plusDays(3), ZoneOffset.UTC, null);
        Instant due = Instant.parse("2026-11-26T17:00:00Z"); // at the end of that working day
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isEqualTo(due);

        clock.advance(Duration.ofDays(4));
        assertThat(clients.details(client.getId()).followUpOverdue(clock.instant()))
                .isTrue();
        followUpService.completeFollowUp(
                followUpService.followUps(client.getId()).getFirst().id());
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isNull();
    }

    @Test
    void a_bought_service_is_also_known_and_unknown_services_show_the_gap() {
        var client = data.client(data.unique("Acme"), "sales", "Active engagement");
        data.loginAs("sales");
        var services = offeringService.services(client.getId());
        assertThat(services).isNotEmpty().allMatch(s -> !s.aware());
        offeringService.setService(client.getId(), services.getFirst().offeringId(), true, false);
        var first = offeringService.services(client.getId()).getFirst();
        assertThat(first.bought()).isTrue();
        assertThat(first.aware()).isTrue();
    }

    @Test
    void contacts_are_validated_and_people_who_left_are_kept_but_marked() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        var bad = new ContactDetails();
        bad.setName("Ann Example");
        bad.setEmail("not-an-email");
        assertThatThrownBy(() -> contactService.saveContact(client.getId(), bad))
                .isInstanceOf(ConstraintViolationException.class);
        bad.setEmail("ann@example.com");
        bad.setPhone("call me maybe");
        assertThatThrownBy(() -> contactService.saveContact(client.getId(), bad))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(contactService.contacts(client.getId())).isEmpty();

        bad.setPhone("+44 20 7946 0000");
        contactService.saveContact(client.getId(), bad);
        var saved = ContactDetails.of(contactService.contacts(client.getId()).getFirst());
        saved.setActive(false);
        contactService.saveContact(client.getId(), saved);
        var left = contactService.contacts(client.getId()).getFirst();
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
}
