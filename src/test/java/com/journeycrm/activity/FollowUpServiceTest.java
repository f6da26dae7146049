package com.journeycrm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Scheduling and completing follow-ups, as the user meets them. */
@IntegrationTest
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Test
    void a_follow_up_sets_the_clients_next_follow_up_and_completing_it_clears_it() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        followUps.scheduleFollowUp(client.getId(), "Send proposal", TestConfig.TODAY.plusDays(3), ZoneOffset.UTC, null);
        Instant due = Instant.parse("2026-11-26T17:00:00Z"); // at the end of that working day
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isEqualTo(due);

        clock.advance(Duration.ofDays(4));
        assertThat(clients.details(client.getId()).followUpOverdue(clock.instant()))
                .isTrue();
        followUps.completeFollowUp(
                followUps.followUps(client.getId()).getFirst().id());
        assertThat(clients.details(client.getId()).nextFollowUpDue()).isNull();
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
    void an_open_follow_up_gets_a_new_day_and_person_under_the_scheduling_rules_and_the_client_follows() {
        var client = data.client(data.unique("Replan"), "sales", "Interested");
        long sales = data.user("sales").getId();
        long sales2 = data.user("sales2").getId();
        data.loginAs("sales");
        followUps.scheduleFollowUp(client.getId(), "Call back", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);
        long id = followUps.followUps(client.getId()).getFirst().id();
        clock.advance(Duration.ofDays(3));
        var today = TestConfig.TODAY.plusDays(3);

        assertThatThrownBy(() -> followUps.replanFollowUp(id, today.plusDays(2), ZoneOffset.UTC, sales2))
                .as("sales hand on only to themselves or the owner")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.replanFollowUp(id, today.minusDays(1), ZoneOffset.UTC, sales))
                .isInstanceOf(RuleViolationException.class);
        followUps.replanFollowUp(id, today.plusDays(2), ZoneOffset.UTC, sales);
        assertThat(clients.details(client.getId()).nextFollowUpDue())
                .isEqualTo(today.plusDays(2).atTime(FollowUp.DUE_TIME).toInstant(ZoneOffset.UTC));
        assertThat(clients.details(client.getId()).followUpOverdue(clock.instant()))
                .isFalse();

        data.loginAs("manager");
        followUps.replanFollowUp(id, today, ZoneOffset.UTC, sales2);
        assertThat(followUps.followUps(client.getId()).getFirst().assigneeId()).isEqualTo(sales2);
        followUps.completeFollowUp(id);
        assertThatThrownBy(() -> followUps.replanFollowUp(id, today, ZoneOffset.UTC, sales))
                .as("a done follow-up stays as it was done")
                .isInstanceOf(RuleViolationException.class);
    }
}
