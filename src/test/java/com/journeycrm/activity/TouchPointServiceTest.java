package com.journeycrm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Logging, correcting and deleting touch points, and the timeline they make, as the user meets them. */
@IntegrationTest
@RecordApplicationEvents
class TouchPointServiceTest {

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    TimelineService timelines;

    @Autowired
    ContactService contacts;

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.journeycrm.journey.MoveService moves;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    void logging_a_call_moves_last_touch_and_next_touch_due_in_the_same_transaction() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        Instant at = TestConfig.NOW.minus(Duration.ofHours(2));

        touchPoints.logTouchPoint(
                client.getId(), touch(TouchPointType.CALL, at, "Called about budget"), ZoneOffset.UTC);

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isEqualTo(at);
        assertThat(details.lastTouchType()).isEqualTo(TouchPointType.CALL);
        assertThat(details.nextTouchDue()).isEqualTo(at.plus(Duration.ofDays(21))); // Interested: 21 days
        assertThat(details.quiet(clock.instant())).isFalse();
    }

    @Test
    void a_newsletter_is_logged_but_does_not_count_as_being_in_touch() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        touchPoints.logTouchPoint(
                client.getId(),
                touch(TouchPointType.NEWSLETTER, TestConfig.NOW, "November newsletter"),
                ZoneOffset.UTC);

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isNull();
        assertThat(details.quiet(clock.instant())).isTrue();
        assertThat(timelines.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isEqualTo(1);
    }

    @Test
    void a_summary_over_200_characters_is_refused_and_nothing_is_saved() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        assertThatThrownBy(() -> touchPoints.logTouchPoint(
                        client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "x".repeat(201)), ZoneOffset.UTC))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
        assertThat(timelines.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isZero();
    }

    @Test
    void deleting_the_latest_touch_point_falls_back_to_the_one_before() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(40)));
        data.loginAs("sales");
        Instant earlier = TestConfig.NOW.minus(Duration.ofDays(10));
        touchPoints.logTouchPoint(
                client.getId(), touch(TouchPointType.EMAIL, earlier, "Sent case study"), ZoneOffset.UTC);
        touchPoints.logTouchPoint(
                client.getId(), touch(TouchPointType.MEETING, TestConfig.NOW, "Workshop"), ZoneOffset.UTC);

        var latest = timelines
                .timeline(client.getId(), EnumSet.allOf(TouchPointType.class), false, 0, 10)
                .getFirst();
        assertThat(latest.title()).isEqualTo("Workshop");
        touchPoints.deleteTouchPoint(latest.touchPointId());

        var details = clients.details(client.getId());
        assertThat(details.lastTouchAt()).isEqualTo(earlier);
        assertThat(details.nextTouchDue()).isEqualTo(earlier.plus(Duration.ofDays(21)));
    }

    @Test
    void the_timeline_merges_touch_points_and_stage_changes_newest_first_a_page_at_a_time() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(50)));
        data.loginAs("sales");
        for (int day = 40; day >= 0; day -= 10) {
            touchPoints.logTouchPoint(
                    client.getId(),
                    touch(TouchPointType.CALL, TestConfig.NOW.minus(Duration.ofDays(day)), "Call " + day),
                    ZoneOffset.UTC);
        }
        var all = EnumSet.allOf(TouchPointType.class);
        assertThat(timelines.timelineCount(client.getId(), all, true)).isEqualTo(6);
        var first = timelines.timeline(client.getId(), all, true, 0, 3);
        var second = timelines.timeline(client.getId(), all, true, 3, 3);
        assertThat(first)
                .extracting(TouchPointServiceTest::titleInEnglish)
                .containsExactly("Call 0", "Call 10", "Call 20");
        assertThat(second)
                .extracting(TouchPointServiceTest::titleInEnglish)
                .containsExactly("Call 30", "Call 40", "Added in Interested");
        assertThat(timelines.timeline(client.getId(), EnumSet.of(TouchPointType.EMAIL), true, 0, 10))
                .extracting(TouchPointServiceTest::titleInEnglish)
                .containsExactly("Added in Interested");
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

    /** A touch point's summary, or what the timeline says of a stage change, in English. */
    private static String titleInEnglish(TimelineEntry entry) {
        return entry.headline() == null ? entry.title() : entry.headline().english();
    }

    @Test
    void a_call_logged_right_after_a_move_at_the_offered_minute_counts_in_the_new_stage() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        data.loginAs("sales");
        clock.set(TestConfig.NOW.plusSeconds(40));
        moves.moveClient(
                client.getId(),
                data.stage("Deciding").getId(),
                null,
                null,
                data.reload(client.getId()).getVersion());
        clock.set(TestConfig.NOW.plusSeconds(50));

        // the form offers the minute: 10:00 for a move at 10:00:40
        touchPoints.logTouchPoint(
                client.getId(), touch(TouchPointType.CALL, TestConfig.NOW, "Called after the move"), ZoneOffset.UTC);

        assertThat(jdbc.queryForObject(
                        "select s.name from touch_point t join stage s on s.id = t.stage_id where t.client_id = ?",
                        String.class,
                        client.getId()))
                .isEqualTo("Deciding");
        assertThat(clients.details(client.getId()).lastTouchAt()).isEqualTo(TestConfig.NOW.plusSeconds(50));
    }
}
