package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.journey.MoveService;
import com.journeycrm.journey.StageChange;
import com.journeycrm.offering.OfferingService;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.security.TestAccess;
import com.journeycrm.stage.Outcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a client passes the one guard (its owner, a manager or an admin; as of the version the user saw)
 * and publishes one {@link ClientChanged} saying what it was.
 */
@IntegrationTest
@RecordApplicationEvents
class ClientChangesTest {

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    FollowUpService followUps;

    @Autowired
    OfferingService offerings;

    @Autowired
    SnoozeService snoozes;

    @Autowired
    ReassignService reassign;

    @Autowired
    MoveService moves;

    @Autowired
    TimelineService timelines;

    @Autowired
    TestData data;

    @Autowired
    AppUserRepository users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    private Client salesClient() {
        return data.client(data.unique("Acme"), "sales", "Interested");
    }

    private ClientChanged only(Kind kind) {
        var published = events.stream(ClientChanged.class).toList();
        assertThat(published).extracting(ClientChanged::kind).containsExactly(kind);
        return published.getFirst();
    }

    /** An outbound call now, as the touch-point form sends it. */
    static TouchPointDetails call(String summary) {
        var form = new TouchPointDetails();
        form.setType(TouchPointType.CALL);
        form.setDirection(Direction.OUTBOUND);
        form.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC));
        form.setSummary(summary);
        return form;
    }

    private static ContactDetails person(String name) {
        var form = new ContactDetails();
        form.setName(name);
        return form;
    }

    @Test
    void a_profile_edit_says_which_fields_changed_from_what_to_what() {
        var client = salesClient();
        data.loginAs("sales");
        var form = ClientProfile.of(clients.details(client.getId()));
        form.setIndustry("Shipping");
        form.setWebsite("https://acme.example");
        clients.updateProfile(client.getId(), form, client.getVersion());

        var change = only(Kind.PROFILE_EDITED);
        assertThat(change.clientId()).isEqualTo(client.getId());
        assertThat(change.byName()).isEqualTo("Dana Sales");
        assertThat(change.moved()).isFalse();
        assertThat(change.changes())
                .containsExactly(
                        new FieldChange("field.audit.industry", null, "Shipping"),
                        new FieldChange("field.audit.website", null, "https://acme.example"));
    }

    @Test
    void a_move_says_from_which_stage_to_which() {
        var client = salesClient();
        data.loginAs("sales");
        moves.moveClient(client.getId(), data.stage("On our list").getId(), null, null, client.getVersion());
        var change = only(Kind.MOVED);
        assertThat(change.fromStageId()).isEqualTo(data.stage("Interested").getId());
        assertThat(change.stageName()).isEqualTo("On our list");
        assertThat(change.moved()).isTrue();
    }

    @Test
    void each_kind_of_change_is_published_once() {
        var client = salesClient();
        data.loginAs("sales");
        touchPoints.logTouchPoint(client.getId(), call("Called"), ZoneOffset.UTC);
        only(Kind.TOUCH_POINT_LOGGED);
        events.clear();
        contacts.saveContact(client.getId(), person("Ada"));
        only(Kind.CONTACT_ADDED);
        events.clear();
        followUps.scheduleFollowUp(client.getId(), "Send deck", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, null);
        only(Kind.FOLLOW_UP_SCHEDULED);
        events.clear();
        offerings.setService(
                client.getId(), offerings.services(client.getId()).getFirst().offeringId(), true, true);
        only(Kind.SERVICES_CHANGED);
        events.clear();
        snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(30)), "Budget in spring");
        assertThat(only(Kind.SNOOZED).changes())
                .contains(new FieldChange("field.audit.snoozeReason", null, "Budget in spring"));
        events.clear();
        data.loginAs("manager");
        reassign.reassign(
                client.getId(),
                data.user("sales2").getId(),
                data.reload(client.getId()).getVersion());
        assertThat(only(Kind.REASSIGNED).changes())
                .containsExactly(new FieldChange("field.audit.owner", "Dana Sales", "Sven Sales"));
    }

    @Test
    void a_refused_change_publishes_nothing() {
        var client = salesClient();
        data.loginAs("sales2");
        assertThatThrownBy(() -> touchPoints.logTouchPoint(client.getId(), call("Not mine"), ZoneOffset.UTC))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(ClientChanged.class)).isEmpty();
    }

    @Test
    void every_change_of_someone_elses_client_is_refused_with_the_same_words() {
        var client = salesClient();
        data.loginAs("sales2");
        String refusal = "You can change only your own clients; " + client.getName() + " belongs to Dana Sales.";
        assertThatThrownBy(() -> contacts.saveContact(client.getId(), person("Ada")))
                .hasMessage(refusal);
        assertThatThrownBy(
                        () -> followUps.scheduleFollowUp(client.getId(), "x", TestConfig.TODAY, ZoneOffset.UTC, null))
                .hasMessage(refusal);
        assertThatThrownBy(() -> offerings.setService(client.getId(), 1, true, true))
                .hasMessage(refusal);
        assertThatThrownBy(() -> snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(3)), null))
                .hasMessage(refusal);
        assertThatThrownBy(() ->
                        moves.moveClient(client.getId(), data.stage("Aware").getId(), null, null, client.getVersion()))
                .hasMessage(refusal);
        var form = ClientProfile.of(clients.details(client.getId()));
        assertThatThrownBy(() -> clients.updateProfile(client.getId(), form, client.getVersion()))
                .hasMessage(refusal);
    }

    @Test
    void a_snooze_shows_on_the_timeline_with_its_reason_until_real_contact_ends_it() {
        var client = salesClient();
        data.loginAs("sales");
        var until = TestConfig.NOW.plus(Duration.ofDays(30));
        snoozes.snooze(client.getId(), until, "Budget in spring");
        var top = timelines
                .timeline(client.getId(), EnumSet.allOf(TouchPointType.class), true, 0, 10)
                .getFirst();
        assertThat(top.kind()).isEqualTo(TimelineEntry.Kind.SNOOZE);
        assertThat(top.detail()).isEqualTo("Budget in spring");
        assertThat(top.until()).isEqualTo(until);
        assertThat(top.author()).isEqualTo("Dana Sales");
        assertThat(timelines.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), true))
                .isEqualTo(2);

        touchPoints.logTouchPoint(client.getId(), call("Spoke after all"), ZoneOffset.UTC);
        assertThat(timelines.timeline(client.getId(), EnumSet.allOf(TouchPointType.class), true, 0, 10))
                .extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntry.Kind.SNOOZE);
    }

    @Test
    void a_contact_edit_based_on_an_old_version_is_refused_and_keeps_the_other_edit() {
        var client = salesClient();
        data.loginAs("sales");
        contacts.saveContact(client.getId(), person("Ada Lovelace"));
        var mine = ContactDetails.of(contacts.contacts(client.getId()).getFirst());
        var theirs = ContactDetails.of(contacts.contacts(client.getId()).getFirst());
        theirs.setJobTitle("CTO");
        contacts.saveContact(client.getId(), theirs);

        mine.setJobTitle("CFO");
        assertThatThrownBy(() -> contacts.saveContact(client.getId(), mine))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Someone else changed Ada Lovelace");
        assertThat(contacts.contacts(client.getId()).getFirst().jobTitle()).isEqualTo("CTO");
    }

    @Test
    void a_snooze_reason_may_have_200_characters_but_not_201() {
        var client = salesClient();
        data.loginAs("sales");
        var until = TestConfig.NOW.plus(Duration.ofDays(10));
        assertThatThrownBy(() -> snoozes.snooze(client.getId(), until, "x".repeat(SnoozeService.REASON_MAX + 1)))
                .isInstanceOf(RuleViolationException.class);
        snoozes.snooze(client.getId(), until, "x".repeat(SnoozeService.REASON_MAX));
        assertThat(clients.details(client.getId()).snoozeReason()).hasSize(SnoozeService.REASON_MAX);
    }

    @Test
    void a_move_reason_may_have_500_characters_but_not_501() {
        var client = data.client(data.unique("Acme"), "sales", "Deciding");
        data.loginAs("sales");
        long lost = data.stage("Lost").getId();
        assertThatThrownBy(() -> moves.moveClient(
                        client.getId(),
                        lost,
                        Outcome.NO_WAY,
                        "x".repeat(StageChange.REASON_MAX + 1),
                        client.getVersion()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");
        moves.moveClient(client.getId(), lost, Outcome.NO_WAY, "x".repeat(StageChange.REASON_MAX), client.getVersion());
        assertThat(data.history(client.getId()).getFirst().getReason()).hasSize(StageChange.REASON_MAX);
    }

    @Test
    void a_client_cannot_be_given_to_a_disabled_user() {
        var client = salesClient();
        var leaver = data.newUser(Role.SALES, "pw");
        tx.executeWithoutResult(
                s -> TestAccess.disable(users.findById(leaver.getId()).orElseThrow()));
        data.loginAs("manager");
        assertThatThrownBy(() -> reassign.reassign(client.getId(), leaver.getId(), client.getVersion()))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.reload(client.getId()).getOwner().getUsername()).isEqualTo("sales");
    }

    @Test
    void a_touch_point_decades_before_the_client_existed_is_refused() {
        var client = salesClient();
        data.loginAs("sales");
        var form = call("Typo in the year");
        form.setOccurredAt(LocalDateTime.of(1926, 11, 24, 10, 0));
        assertThatThrownBy(() -> touchPoints.logTouchPoint(client.getId(), form, ZoneOffset.UTC))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Check the year");
    }

    @Test
    void a_follow_up_due_in_the_year_9999_is_refused() {
        var client = salesClient();
        data.loginAs("sales");
        assertThatThrownBy(() -> followUps.scheduleFollowUp(
                        client.getId(), "Someday", LocalDate.of(9999, 1, 1), ZoneOffset.UTC, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(followUps.followUps(client.getId())).isEmpty();
    }
}
