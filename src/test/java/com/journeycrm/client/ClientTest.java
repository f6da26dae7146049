package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.Stage;
import com.journeycrm.stage.StageKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The client's own rules, without Spring or a database: next touch due, and how it enters and changes stage. */
class ClientTest {

    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
    private final AppUser dana = new AppUser("dana", "Dana Sales", "hash", Role.SALES);
    private final Stage interested = stage("Interested", StageKind.STANDARD, 21);
    private final Stage deciding = stage("Deciding", StageKind.DECIDING, 7);
    private final Stage active = stage("Active engagement", StageKind.ACTIVE, 14);
    private final Stage lost = stage("Lost", StageKind.LOST, null);

    private static Stage stage(String name, StageKind kind, Integer quietDays) {
        return new Stage(name, Phase.PRE_PURCHASE, kind, 10, "#000000", quietDays, null);
    }

    private Client newClient(Stage stage) {
        return Client.enter("Acme", Source.WEBSITE, dana, stage, T0, dana);
    }

    private static Instant days(long n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void a_new_client_enters_its_first_stage_now_and_counts_an_engagement_only_if_it_is_active() {
        assertThat(newClient(interested).getStageEnteredAt()).isEqualTo(T0);
        assertThat(newClient(interested).getEngagements()).isZero();
        assertThat(newClient(active).getEngagements()).isEqualTo(1);
        assertThat(newClient(active).getHires()).isZero();
    }

    @Test
    void a_hire_counts_an_engagement_and_a_hire_and_its_undo_takes_both_back() {
        var client = newClient(deciding);
        client.moveTo(active, Outcome.HIRED, dana, days(4));
        assertThat(client.getEngagements()).isEqualTo(1);
        assertThat(client.getHires()).isEqualTo(1);

        client.undoMove(deciding, T0, false, dana, days(5));
        assertThat(client.getStage()).isSameAs(deciding);
        assertThat(client.getStageEnteredAt()).as("as entered then").isEqualTo(T0);
        assertThat(client.getEngagements()).isZero();
        assertThat(client.getHires()).isZero();

        client.undoMove(active, days(4), true, dana, days(6));
        assertThat(client.getEngagements()).as("undoing an undo counts nothing").isZero();
    }

    @Test
    void an_untouched_client_is_due_its_stage_threshold_after_it_entered() {
        assertThat(newClient(interested).getNextTouchDue()).isEqualTo(days(21));
    }

    @Test
    void it_needs_attention_at_the_earlier_of_next_touch_and_next_follow_up_and_else_never() {
        var client = newClient(interested);
        assertThat(client.getAttentionAt()).isEqualTo(days(21));
        client.setNextFollowUpDue(days(5));
        assertThat(client.getAttentionAt()).isEqualTo(days(5));
        client.setNextFollowUpDue(days(40));
        assertThat(client.getAttentionAt()).isEqualTo(days(21));
        client.setNextFollowUpDue(null);
        assertThat(client.getAttentionAt()).isEqualTo(days(21));
        assertThat(Client.attentionAt(null, null)).isEqualTo(Client.NEVER);
        assertThat(Client.attentionAt(null, days(3))).isEqualTo(days(3));
    }

    @Test
    void real_contact_restarts_the_clock_but_a_newsletter_does_not() {
        var client = newClient(interested);
        client.recordTouch(TouchPointType.NEWSLETTER, days(5));
        assertThat(client.getLastTouchAt()).isNull();
        assertThat(client.getNextTouchDue()).isEqualTo(days(21));

        client.recordTouch(TouchPointType.CALL, days(10));
        assertThat(client.getLastTouchAt()).isEqualTo(days(10));
        assertThat(client.getLastTouchType()).isEqualTo(TouchPointType.CALL);
        assertThat(client.getNextTouchDue()).isEqualTo(days(31));
    }

    @Test
    void an_older_touch_point_logged_late_does_not_replace_a_newer_last_touch() {
        var client = newClient(interested);
        client.recordTouch(TouchPointType.MEETING, days(10));
        client.recordTouch(TouchPointType.CALL, days(3));
        assertThat(client.getLastTouchAt()).isEqualTo(days(10));
        assertThat(client.getLastTouchType()).isEqualTo(TouchPointType.MEETING);
        assertThat(client.getNextTouchDue()).isEqualTo(days(31));
    }

    @Test
    void a_snooze_pushes_the_due_date_to_its_end_and_real_contact_ends_it() {
        var client = newClient(interested);
        client.snooze(days(60), "Budget in spring", dana, days(1));
        assertThat(client.getNextTouchDue()).isEqualTo(days(60));
        assertThat(client.getSnoozeReason()).isEqualTo("Budget in spring");

        client.recordTouch(TouchPointType.EMAIL, days(20));
        assertThat(client.getSnoozedUntil()).isNull();
        assertThat(client.getSnoozeReason()).isNull();
        assertThat(client.getNextTouchDue()).isEqualTo(days(41));
    }

    @Test
    void a_snooze_shorter_than_the_threshold_changes_nothing() {
        var client = newClient(interested);
        client.snooze(days(5), null, dana, days(1));
        assertThat(client.getNextTouchDue()).isEqualTo(days(21));
    }

    @Test
    void a_stage_without_a_threshold_is_never_due() {
        var client = newClient(deciding);
        client.moveTo(lost, Outcome.NO_WAY, dana, days(2));
        assertThat(client.getNextTouchDue()).isNull();
    }

    @Test
    void a_move_restarts_the_stage_clock() {
        var client = newClient(deciding);
        client.moveTo(active, Outcome.HIRED, dana, days(4));
        assertThat(client.getStage()).isSameAs(active);
        assertThat(client.getStageEnteredAt()).isEqualTo(days(4));
        assertThat(client.getNextTouchDue()).isEqualTo(days(18));
    }

    @Test
    void a_move_that_needs_an_outcome_is_refused_without_one_or_with_one_that_does_not_fit() {
        var client = newClient(deciding);
        assertThatThrownBy(() -> client.moveTo(active, null, dana, days(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("needs an outcome");
        assertThatThrownBy(() -> client.moveTo(active, Outcome.NO_WAY, dana, days(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("\"No way\" is not an outcome");
        assertThatThrownBy(() -> client.moveTo(lost, Outcome.HIRED, dana, days(1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(client.getStage()).isSameAs(deciding);
    }

    @Test
    void a_move_to_where_the_client_already_is_is_refused() {
        var client = newClient(interested);
        assertThatThrownBy(() -> client.moveTo(interested, null, dana, days(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Acme is already in Interested.");
    }

    @Test
    void a_move_ends_a_snooze() {
        var client = newClient(interested);
        client.snooze(days(60), "later", dana, days(1));
        client.moveTo(deciding, null, dana, days(2));
        assertThat(client.getSnoozedUntil()).isNull();
        assertThat(client.getNextTouchDue()).isEqualTo(days(9));
    }

    @Test
    void a_profile_edit_reports_each_changed_field_with_its_old_and_new_value() {
        var client = newClient(interested);
        var changes = client.updateProfile("Acme Group", "Law", null, Source.WEBSITE, null, null, dana, days(1));
        assertThat(changes)
                .containsExactly(
                        new ClientChanged.FieldChange("field.audit.name", "Acme", "Acme Group"),
                        new ClientChanged.FieldChange("field.audit.industry", null, "Law"));
    }

    @Test
    void every_profile_field_is_stored_and_reported_when_it_changes() {
        var referrer = newClient(interested);
        var client = newClient(interested);
        var changes = client.updateProfile(
                "Acme", "Law", "https://acme.example", Source.REFERRAL, referrer, "Met at the fair", dana, days(1));
        assertThat(changes)
                .extracting(change -> change.field().key())
                .containsExactly(
                        "field.audit.industry",
                        "field.audit.website",
                        "field.audit.source",
                        "field.audit.referredBy",
                        "field.audit.notes");
        assertThat(changes.get(2))
                .isEqualTo(new ClientChanged.FieldChange("field.audit.source", Source.WEBSITE, Source.REFERRAL));
        assertThat(client.getIndustry()).isEqualTo("Law");
        assertThat(client.getWebsite()).isEqualTo("https://acme.example");
        assertThat(client.getNotes()).isEqualTo("Met at the fair");
        assertThat(client.getSource()).isEqualTo(Source.REFERRAL);
        assertThat(client.getReferredBy()).isSameAs(referrer);
        assertThat(client.updateProfile(
                        "Acme",
                        "Law",
                        "https://acme.example",
                        Source.REFERRAL,
                        referrer,
                        "Met at the fair",
                        dana,
                        days(2)))
                .isEmpty();
    }

    @Test
    void every_change_remembers_who_made_it_and_when() {
        var morgan = new AppUser("morgan", "Morgan Manager", "hash", Role.MANAGER);
        var client = newClient(interested);
        client.moveTo(deciding, null, morgan, days(1));
        assertThat(client.getModifiedBy()).isSameAs(morgan);
        assertThat(client.getModifiedAt()).isEqualTo(days(1));
        client.snooze(days(40), null, dana, days(2));
        assertThat(client.getModifiedBy()).isSameAs(dana);
        assertThat(client.getModifiedAt()).isEqualTo(days(2));
        assertThat(client.getSnoozedUntil()).isEqualTo(days(40));
        assertThat(client.getSnoozedAt()).isEqualTo(days(2));
        client.reassign(dana, morgan, days(3));
        assertThat(client.getModifiedBy()).isSameAs(morgan);
        assertThat(client.getModifiedAt()).isEqualTo(days(3));
        client.updateProfile("Acme", null, null, Source.WEBSITE, null, null, dana, days(4));
        assertThat(client.getModifiedAt()).isEqualTo(days(4));
    }
}
