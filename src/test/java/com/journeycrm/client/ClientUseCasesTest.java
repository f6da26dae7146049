package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUp;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.offering.OfferingService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The rules of touch points, follow-ups, contacts and services, each as the user meets it. */
@IntegrationTest
@RecordApplicationEvents
class ClientUseCasesTest {

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    OfferingService offerings;

    @Autowired
    ClientService clients;

    @Autowired
    TimelineService timelines;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    private static TouchPointDetails touch(TouchPointType type, Instant at, String summary) {
        var form = new TouchPointDetails();
        form.setType(type);
        form.setDirection(Direction.INBOUND);
        form.setOccurredAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        form.setSummary(summary);
        form.setNotes("Notes on " + summary);
        return form;
    }

    private long latestTouchPointId(long clientId) {
        return timelines
                .timeline(clientId, EnumSet.allOf(TouchPointType.class), false, 0, 1)
                .getFirst()
                .touchPointId();
    }

    @Test
    void a_touch_point_reads_back_as_it_was_logged_in_the_users_time_zone() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(3)));
        data.loginAs("sales");
        var person = new ContactDetails();
        person.setName("Ada Lovelace");
        person.setEmail("ada@acme.example");
        person.setPhone("+44 20 7946 0958");
        contacts.saveContact(client.getId(), person);
        var ada = contacts.contacts(client.getId()).getFirst();
        assertThat(ada.email()).isEqualTo("ada@acme.example");
        assertThat(ada.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(ada.active()).isTrue();

        var form = touch(TouchPointType.MEETING, TestConfig.NOW.minus(Duration.ofHours(2)), "Workshop");
        form.setContact(ada);
        var tokyo = ZoneOffset.ofHours(9);
        form.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofHours(2)), tokyo));
        touchPoints.logTouchPoint(client.getId(), form, tokyo);

        var read = touchPoints.touchPoint(latestTouchPointId(client.getId()), ZoneOffset.UTC);
        assertThat(read.getType()).isEqualTo(TouchPointType.MEETING);
        assertThat(read.getDirection()).isEqualTo(Direction.INBOUND);
        assertThat(read.getSummary()).isEqualTo("Workshop");
        assertThat(read.getNotes()).isEqualTo("Notes on Workshop");
        assertThat(read.getContact().name()).isEqualTo("Ada Lovelace");
        assertThat(read.getOccurredAt())
                .isEqualTo(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofHours(2)), ZoneOffset.UTC));
        assertThat(clients.details(client.getId()).lastTouchAt()).isEqualTo(TestConfig.NOW.minus(Duration.ofHours(2)));
    }

    @Test
    void sales_change_only_touch_points_they_logged_and_managers_any() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("manager");
        touchPoints.logTouchPoint(
                client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Manager's call"), ZoneOffset.UTC);
        long managers = latestTouchPointId(client.getId());

        data.loginAs("sales");
        var edit = touch(TouchPointType.CALL, TestConfig.NOW, "Rewritten by sales");
        assertThatThrownBy(() -> touchPoints.updateTouchPoint(managers, edit, ZoneOffset.UTC))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can change only touch points you logged.");
        assertThatThrownBy(() -> touchPoints.deleteTouchPoint(managers)).isInstanceOf(AccessDeniedException.class);

        data.loginAs("sales2");
        assertThatThrownBy(() -> touchPoints.deleteTouchPoint(managers))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only your own clients");

        data.loginAs("manager");
        touchPoints.updateTouchPoint(
                managers, touch(TouchPointType.EMAIL, TestConfig.NOW, "Corrected"), ZoneOffset.UTC);
        assertThat(touchPoints.touchPoint(managers, ZoneOffset.UTC).getSummary())
                .isEqualTo("Corrected");
        assertThat(events.stream(ClientChanged.class))
                .extracting(ClientChanged::kind)
                .containsExactly(Kind.TOUCH_POINT_LOGGED, Kind.TOUCH_POINT_EDITED);
    }

    @Test
    void editing_or_deleting_the_latest_contact_moves_the_last_touch_back() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        touchPoints.logTouchPoint(
                client.getId(),
                touch(TouchPointType.CALL, TestConfig.NOW.minus(Duration.ofDays(10)), "Older"),
                ZoneOffset.UTC);
        touchPoints.logTouchPoint(
                client.getId(),
                touch(TouchPointType.CALL, TestConfig.NOW.minus(Duration.ofDays(1)), "Newer"),
                ZoneOffset.UTC);
        long newer = latestTouchPointId(client.getId());

        touchPoints.updateTouchPoint(
                newer,
                touch(TouchPointType.NEWSLETTER, TestConfig.NOW.minus(Duration.ofDays(1)), "Was a newsletter"),
                ZoneOffset.UTC);
        assertThat(clients.details(client.getId()).lastTouchAt()).isEqualTo(TestConfig.NOW.minus(Duration.ofDays(10)));

        events.clear();
        long older = timelines
                .timeline(client.getId(), EnumSet.of(TouchPointType.CALL), false, 0, 1)
                .getFirst()
                .touchPointId();
        touchPoints.deleteTouchPoint(older);
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
        assertThat(clients.details(client.getId()).lastTouchType()).isNull();
        assertThat(events.stream(ClientChanged.class))
                .extracting(ClientChanged::kind)
                .containsExactly(Kind.TOUCH_POINT_DELETED);
    }

    @Test
    void a_touch_point_cannot_name_another_clients_contact_or_be_in_the_future() {
        var mine = data.client(data.unique("Acme"), "sales", "Interested");
        var other = data.client(data.unique("Other"), "sales", "Interested");
        data.loginAs("sales");
        var person = new ContactDetails();
        person.setName("Someone Else");
        contacts.saveContact(other.getId(), person);
        var form = touch(TouchPointType.CALL, TestConfig.NOW, "Wrong person");
        form.setContact(contacts.contacts(other.getId()).getFirst());
        assertThatThrownBy(() -> touchPoints.logTouchPoint(mine.getId(), form, ZoneOffset.UTC))
                .isInstanceOf(NotFoundException.class);
        var future = touch(TouchPointType.CALL, TestConfig.NOW.plus(Duration.ofMinutes(5)), "Tomorrow");
        assertThatThrownBy(() -> touchPoints.logTouchPoint(mine.getId(), future, ZoneOffset.UTC))
                .isInstanceOf(RuleViolationException.class);
        assertThat(timelines.timelineCount(mine.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isZero();
    }

    @Test
    void sales_assign_follow_ups_to_themselves_or_the_owner_and_the_assignee_may_complete_it() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        long sales2 = data.user("sales2").getId();
        data.loginAs("sales");
        assertThatThrownBy(() -> followUps.scheduleFollowUp(
                        client.getId(), "Not yours", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, sales2))
                .isInstanceOf(AccessDeniedException.class);

        data.loginAs("manager");
        followUps.scheduleFollowUp(client.getId(), "Later", TestConfig.TODAY.plusDays(9), ZoneOffset.UTC, sales2);
        followUps.scheduleFollowUp(client.getId(), "Sooner", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, sales2);
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isEqualTo(Instant.parse("2026-11-25T17:00:00Z"));

        data.loginAs("sales3");
        long sooner = followUps.followUps(client.getId()).stream()
                .filter(f -> f.what().equals("Sooner"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> followUps.completeFollowUp(sooner)).isInstanceOf(AccessDeniedException.class);

        data.loginAs("sales2"); // not the owner, but the assignee
        followUps.completeFollowUp(sooner);
        var done = followUps.followUps(client.getId()).stream()
                .filter(f -> f.id() == sooner)
                .findFirst()
                .orElseThrow();
        assertThat(done.doneAt()).isEqualTo(TestConfig.NOW);
        assertThat(done.assigneeId()).isEqualTo(sales2);
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
    }

    @Test
    void a_follow_up_may_be_due_today_in_the_users_zone_but_not_yesterday_nor_without_a_step() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        followUps.scheduleFollowUp(client.getId(), "Today", TestConfig.TODAY, ZoneOffset.UTC, null);
        assertThatThrownBy(() -> followUps.scheduleFollowUp(
                        client.getId(), "Yesterday", TestConfig.TODAY.minusDays(1), ZoneOffset.UTC, null))
                .isInstanceOf(RuleViolationException.class);
        // 10:00 UTC is already tomorrow in Kiritimati (UTC+14): there today is the 24th
        assertThatThrownBy(() -> followUps.scheduleFollowUp(
                        client.getId(), "Yesterday there", TestConfig.TODAY, ZoneId.of("Pacific/Kiritimati"), null))
                .isInstanceOf(RuleViolationException.class);
        followUps.scheduleFollowUp(
                client.getId(),
                "Tomorrow here, today there",
                TestConfig.TODAY.plusDays(1),
                ZoneId.of("Pacific/Kiritimati"),
                null);
        assertThatThrownBy(
                        () -> followUps.scheduleFollowUp(client.getId(), "  ", TestConfig.TODAY, ZoneOffset.UTC, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> followUps.scheduleFollowUp(
                        client.getId(), "x".repeat(FollowUp.WHAT_MAX + 1), TestConfig.TODAY, ZoneOffset.UTC, null))
                .isInstanceOf(RuleViolationException.class);
        followUps.scheduleFollowUp(
                client.getId(), "x".repeat(FollowUp.WHAT_MAX), TestConfig.TODAY, ZoneOffset.UTC, null);
        assertThat(followUps.followUps(client.getId())).hasSize(3);
    }

    @Test
    void a_service_bought_is_also_known_and_unticking_bought_keeps_it_known() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        long first = offerings.services(client.getId()).getFirst().offeringId();
        offerings.setService(client.getId(), first, true, false);
        var status = offerings.services(client.getId()).getFirst();
        assertThat(status.bought()).isTrue();
        assertThat(status.aware()).isTrue();
        offerings.setService(client.getId(), first, false, true);
        status = offerings.services(client.getId()).getFirst();
        assertThat(status.bought()).isFalse();
        assertThat(status.aware()).isTrue();
        offerings.setService(client.getId(), first, false, false);
        assertThat(offerings.services(client.getId()).getFirst().aware()).isFalse();
        assertThat(offerings.services(client.getId()).get(1).bought()).isFalse();
        assertThatThrownBy(() -> offerings.setService(client.getId(), 999_999, true, true))
                .isInstanceOf(NotFoundException.class);
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
