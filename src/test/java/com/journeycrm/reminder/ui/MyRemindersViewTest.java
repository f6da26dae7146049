package com.journeycrm.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.activity.ui.FollowUpEditor;
import com.journeycrm.activity.ui.TouchPointDialog;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** My reminders: only my rows, and each action clears the row it deals with. */
class MyRemindersViewTest extends ReminderViewTestSupport {
    @Test
    void sales_sees_only_their_own_quiet_clients_most_overdue_first() {
        var mine = data.unique("Mine");
        var owner = salesWithQuietClient(mine);
        var theirs = data.unique("Theirs");
        data.client(theirs, "sales2", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        login(owner.getUsername());
        navigate("reminders");

        var view = _get(MyRemindersView.class);
        assertThat(quietNames(view.lists)).containsExactly(mine);
        assertThat(view.lists.quietTitle.getText()).isEqualTo("Gone quiet (1)");
        assertThat(GridKt._getFormatted(view.lists.quiet, 0, "overdue")).isEqualTo("9 days");
    }

    @Test
    void logging_a_touch_point_on_a_row_removes_it_and_the_menu_badge_follows_at_once() {
        var name = data.unique("Quiet");
        var owner = salesWithQuietClient(name, data.unique("Other"));
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;
        assertThat(badge().getText()).isEqualTo("2");

        clickInRow(lists.quiet, rowOf(lists, name), "Log touch");
        var dialog = _get(TouchPointDialog.class);
        _find(dialog, TextField.class).getFirst().setValue("Called to catch up");
        _click(_find(dialog, Button.class).stream()
                .filter(b -> "Save".equals(b.getText()))
                .findFirst()
                .orElseThrow());

        assertThat(quietNames(lists)).doesNotContain(name);
        assertThat(badge().getText()).as("without navigating").isEqualTo("1");
    }

    private static Span badge() {
        return _find(Span.class).stream()
                .filter(s -> s.hasClassName("reminder-badge"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void snoozing_a_row_removes_it_until_the_snooze_ends() {
        var name = data.unique("Snoozy");
        var owner = salesWithQuietClient(name);
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;

        clickInRow(lists.quiet, rowOf(lists, name), "Snooze");
        var dialog = _get(SnoozeDialog.class);
        dialog.length.setValue(30);
        dialog.reason.setValue("Back from parental leave in December");
        _click(dialog.snooze);

        assertThat(_find(SnoozeDialog.class)).isEmpty();
        assertThat(quietNames(lists)).doesNotContain(name);
        clock.advance(Duration.ofDays(31));
        lists.refresh();
        assertThat(quietNames(lists)).contains(name);
        int row = rowOf(lists, name);
        assertThat(GridKt._getFormatted(lists.quiet, row, "snooze")).contains("Back from parental leave in December");
    }

    @Test
    void a_snooze_the_service_refuses_keeps_the_dialog_open() {
        var name = data.unique("Snoozy");
        var owner = salesWithQuietClient(name);
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;
        clickInRow(lists.quiet, rowOf(lists, name), "Snooze");
        var dialog = _get(SnoozeDialog.class);
        // the owner changes while the dialog is open: only managers could still snooze it
        data.loginAs("manager");
        var other = data.newUser(Role.SALES, "pw");
        reassignService.reassign(
                clientNamed(name), other.getId(), data.reload(clientNamed(name)).getVersion());
        login(owner.getUsername());

        _click(dialog.snooze);

        assertThat(_get(SnoozeDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("You can change only your own clients"));
    }

    @Test
    void completing_an_overdue_follow_up_removes_it() {
        var name = data.unique("Followed");
        var owner = data.newUser(Role.SALES, "pw");
        var client = data.client(name, owner.getUsername(), "Interested");
        data.loginAs(owner.getUsername());
        followUpService.scheduleFollowUp(
                client.getId(), "Send pricing", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);
        clock.advance(Duration.ofDays(3));
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;
        assertThat(GridKt._fetch(lists.followUps, 0, 10))
                .extracting(FollowUpItem::what)
                .containsExactly("Send pricing");

        clickInRow(lists.followUps, 0, "Done");

        assertThat(GridKt._fetch(lists.followUps, 0, 10)).isEmpty();
        assertThat(lists.followUpTitle.getText()).isEqualTo("Overdue follow-ups (0)");
    }

    @Test
    void the_menu_badge_counts_my_due_reminders() {
        var owner = salesWithQuietClient(data.unique("One"), data.unique("Two"));
        login(owner.getUsername());
        navigate("");
        var badge = _find(Span.class).stream()
                .filter(s -> s.hasClassName("reminder-badge"))
                .findFirst()
                .orElseThrow();
        assertThat(badge.getText()).isEqualTo("2");
        assertThat(badge.isVisible()).isTrue();
    }

    @Test
    void over_long_or_markup_input_in_the_row_dialogs_is_refused_at_the_field_or_kept_as_text() {
        var name = data.unique("Hostile");
        var owner = salesWithQuietClient(name);
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;

        clickInRow(lists.quiet, rowOf(lists, name), "Snooze");
        var snooze = _get(SnoozeDialog.class);
        enter(snooze.reason, "x".repeat(5_000));
        _click(snooze.snooze);
        assertThat(snooze.reason.isInvalid()).isTrue();
        assertThat(_get(SnoozeDialog.class)).isSameAs(snooze);
        assertThat(quietNames(lists)).contains(name);
        enter(snooze.reason, "<b>back</b> in <script>alert(1)</script> spring");
        _click(snooze.snooze);
        assertThat(_find(SnoozeDialog.class)).isEmpty();
        assertThat(clients.details(clientNamed(name)).snoozeReason())
                .isEqualTo("<b>back</b> in <script>alert(1)</script> spring");

        clock.advance(Duration.ofDays(8));
        lists.refresh();
        clickInRow(lists.quiet, rowOf(lists, name), "Follow-up");
        var editor = _get(FollowUpEditor.class);
        var what = _get(editor, TextField.class, spec -> spec.withLabel("Next step"));
        enter(what, "y".repeat(1_000));
        var schedule = _get(Button.class, spec -> spec.withText("Schedule"));
        assertThat(schedule.getThemeNames()).as("the dialog's main action").contains("primary");
        assertThat(schedule.getParent().flatMap(p -> p.getParent()))
                .as("in the footer, not beside the fields")
                .isNotEqualTo(java.util.Optional.of(editor));
        _click(schedule);
        assertThat(what.isInvalid()).isTrue();
        assertThat(followUpService.followUps(clientNamed(name))).isEmpty();
    }

    @Test
    void the_quiet_list_sorts_by_a_column_and_by_days_overdue_both_ways() {
        var owner = data.newUser(Role.SALES, "pw");
        data.client(
                "Zulu " + data.unique("q"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(60)));
        data.client(
                "Alpha " + data.unique("q"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(30)));
        login(owner.getUsername());
        navigate("reminders");
        var lists = _get(MyRemindersView.class).lists;
        // by default most overdue first
        assertThat(quietNames(lists)).first().asString().startsWith("Zulu");

        lists.quiet.sort(GridSortOrder.asc(lists.quiet.getColumnByKey("client")).build());
        assertThat(quietNames(lists)).first().asString().startsWith("Alpha");
        lists.quiet.sort(
                GridSortOrder.asc(lists.quiet.getColumnByKey("overdue")).build());
        assertThat(quietNames(lists)).first().asString().startsWith("Alpha");
        lists.quiet.sort(
                GridSortOrder.desc(lists.quiet.getColumnByKey("overdue")).build());
        assertThat(quietNames(lists)).first().asString().startsWith("Zulu");
    }
}
