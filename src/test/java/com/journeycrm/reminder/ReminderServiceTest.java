package com.journeycrm.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.board.BoardService;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.ReassignService;
import com.journeycrm.client.SnoozeService;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.MoveService;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReminderServiceTest {

    @Autowired
    FollowUpService followUpService;

    @Autowired
    TouchPointService touchPointService;

    @Autowired
    SnoozeService snoozeService;

    @Autowired
    ReassignService reassignService;

    @Autowired
    FollowUpCalendar followUpCalendar;

    @Autowired
    MoveService moveService;

    @Autowired
    BoardService boardService;

    @Autowired
    ReminderService reminders;

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    EntityManagerFactory emf;

    AppUser owner;

    @BeforeEach
    void freshOwner() {
        owner = data.newUser(Role.SALES, "pw");
    }

    private long client(String stage, Duration sinceEntered) {
        return data.client(data.unique("Client"), owner.getUsername(), stage, TestConfig.NOW.minus(sinceEntered))
                .getId();
    }

    private void touch(long clientId, TouchPointType type, Instant at) {
        var form = new TouchPointDetails();
        form.setType(type);
        form.setDirection(Direction.OUTBOUND);
        form.setOccurredAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        form.setSummary(type.name());
        touchPointService.logTouchPoint(clientId, form, ZoneOffset.UTC);
    }

    private List<Long> myQuiet() {
        return reminders.myQuietClients(PageRequest.of(0, 100)).stream()
                .map(QuietClient::id)
                .toList();
    }

    @Test
    void each_stage_has_its_own_quiet_threshold() {
        long interestedQuiet = client("Interested", Duration.ofDays(22)); // 21 days
        long interestedFine = client("Interested", Duration.ofDays(20));
        long askedQuiet = client("Asked for information", Duration.ofDays(4)); // 3 days
        long lost = client("Lost", Duration.ofDays(400)); // never quiet
        data.loginAs(owner.getUsername());

        assertThat(myQuiet())
                .containsExactly(interestedQuiet, askedQuiet) // most overdue first
                .doesNotContain(interestedFine, lost);
        var first = reminders.myQuietClients(PageRequest.of(0, 10)).getFirst();
        assertThat(first.daysOverdue(clock.instant())).isEqualTo(1);
        assertThat(reminders.countMyQuietClients()).isEqualTo(2);
    }

    @Test
    void a_call_takes_a_client_off_the_quiet_list_but_a_newsletter_does_not() {
        long quiet = client("Interested", Duration.ofDays(30));
        data.loginAs(owner.getUsername());

        touch(quiet, TouchPointType.NEWSLETTER, TestConfig.NOW);
        assertThat(myQuiet()).contains(quiet);

        touch(quiet, TouchPointType.CALL, TestConfig.NOW);
        assertThat(myQuiet()).doesNotContain(quiet);
    }

    @Test
    void a_snoozed_client_is_not_quiet_until_the_snooze_ends() {
        long quiet = client("Interested", Duration.ofDays(30));
        data.loginAs(owner.getUsername());

        snoozeService.snooze(quiet, TestConfig.NOW.plus(Duration.ofDays(7)), "On holiday");
        assertThat(myQuiet()).doesNotContain(quiet);

        clock.advance(Duration.ofDays(8));
        assertThat(myQuiet()).contains(quiet);
    }

    @Test
    void a_snooze_must_end_in_the_future_within_a_year() {
        long quiet = client("Interested", Duration.ofDays(30));
        data.loginAs(owner.getUsername());
        assertThatThrownBy(() -> snoozeService.snooze(quiet, TestConfig.NOW.minus(Duration.ofDays(1)), null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> snoozeService.snooze(quiet, TestConfig.NOW.plus(Duration.ofDays(400)), null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(myQuiet()).contains(quiet);
    }

    @Test
    void a_stage_change_recomputes_next_touch_due_from_the_new_stages_threshold() {
        long id = client("Between engagements", Duration.ofDays(30)); // 45 days: fine
        data.loginAs(owner.getUsername());
        assertThat(myQuiet()).doesNotContain(id);

        var card = boardService.card(id);
        moveService.moveClient(id, data.stage("Active engagement").getId(), null, null, card.version());
        // never touched, entered Active just now: 14 days from now
        assertThat(clients.details(id).nextTouchDue()).isEqualTo(TestConfig.NOW.plus(Duration.ofDays(14)));

        touch(id, TouchPointType.MEETING, TestConfig.NOW.minus(Duration.ofDays(20)));
        assertThat(myQuiet()).contains(id); // last touch 20 days ago > 14
    }

    @Test
    void an_overdue_follow_up_is_listed_until_it_is_done() {
        long id = client("Interested", Duration.ofDays(1));
        data.loginAs(owner.getUsername());
        followUpService.scheduleFollowUp(id, "Send pricing", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, null);
        assertThat(reminders.countMyOverdueFollowUps()).isZero();

        clock.advance(Duration.ofDays(3));
        var overdue = reminders.myOverdueFollowUps(PageRequest.of(0, 10));
        assertThat(overdue).extracting(f -> f.what()).containsExactly("Send pricing");
        assertThat(reminders.countMyOverdueFollowUps()).isEqualTo(1);
        assertThat(reminders.myDueCount()).isEqualTo(1);

        followUpService.completeFollowUp(overdue.getFirst().id());
        assertThat(reminders.countMyOverdueFollowUps()).isZero();
    }

    @Test
    void sales_cannot_see_the_team_lists_or_reassign() {
        long id = client("Interested", Duration.ofDays(30));
        data.loginAs(owner.getUsername());
        assertThatThrownBy(() -> reminders.teamQuietClients(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reminders.teamSummary()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reassignService.reassign(id, data.user("sales").getId(), 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_sees_the_team_per_owner_and_reassigns() {
        long id = client("Interested", Duration.ofDays(30));
        data.loginAs("manager");
        assertThat(reminders.teamQuietClients(owner.getId(), PageRequest.of(0, 10)))
                .extracting(QuietClient::id)
                .containsExactly(id);
        assertThat(reminders.teamSummary()).anyMatch(c -> c.ownerId() == owner.getId() && c.quietClients() == 1);
        assertThat(reminders.countTeamQuietClients(owner.getId())).isEqualTo(1);

        reassignService.reassign(
                id, data.user("sales3").getId(), boardService.card(id).version());
        assertThat(reminders.countTeamQuietClients(owner.getId())).isZero();
        assertThat(clients.details(id).ownerName()).isEqualTo("Priya Sales");
    }

    @Test
    void the_quiet_list_is_one_statement_however_many_touch_points_exist() {
        long id = client("Interested", Duration.ofDays(300));
        data.loginAs(owner.getUsername());
        for (int day = 290; day > 30; day -= 10) {
            touch(id, TouchPointType.CALL, TestConfig.NOW.minus(Duration.ofDays(day)));
        }
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assertThat(reminders.myQuietClients(PageRequest.of(0, 25)))
                .extracting(QuietClient::id)
                .containsExactly(id);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void open_follow_ups_export_as_an_icalendar_file() {
        long id = client("Interested", Duration.ofDays(1));
        data.loginAs(owner.getUsername());
        followUpService.scheduleFollowUp(
                id, "Call, about; renewal", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, null);
        String ics = followUpCalendar.myOpenFollowUpsAsIcs(java.util.Locale.ENGLISH);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT", "DTSTART:20261125T170000Z", "SUMMARY:Call\\, about\\; renewal");
        assertThat(ics.lines()).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
    }
}
