package com.journeycrm.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.FollowUp;
import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.activity.ui.TouchPointDialog;
import com.journeycrm.base.ui.NoAccessView;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Team reminders: managers only, counts per owner, actions that clear rows for the owner too. */
class TeamRemindersViewTest extends ReminderViewTestSupport {
    @Test
    void sales_is_refused_the_team_view() {
        login("sales");
        navigate("");
        navigate("reminders/team");
        assertThat(_get(NoAccessView.class)
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
                .isEqualTo("You don't have access to this page");
    }

    @Test
    void the_manager_sees_counts_per_owner_and_a_call_clears_the_row_for_the_owner_too() {
        var name = data.unique("Team quiet");
        var owner = salesWithQuietClient(name);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        assertThat(_find(view.summary, Button.class))
                .extracting(Button::getText)
                .contains(owner.getDisplayName() + ": 1 quiet · 0 overdue");

        pick(view.owner, owner.getId());
        assertThat(quietNames(view.lists)).containsExactly(name);

        clickInRow(view.lists.quiet, 0, "Log touch");
        var dialog = _get(TouchPointDialog.class);
        _find(dialog, TextField.class).getFirst().setValue("Manager called");
        _click(_find(dialog, Button.class).stream()
                .filter(b -> "Save".equals(b.getText()))
                .findFirst()
                .orElseThrow());
        assertThat(quietNames(view.lists)).isEmpty();

        login(owner.getUsername());
        navigate("reminders");
        assertThat(quietNames(_get(MyRemindersView.class).lists)).doesNotContain(name);
    }

    @Test
    void the_manager_reassigns_a_quiet_client() {
        var name = data.unique("Reassign me");
        var owner = salesWithQuietClient(name);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        pick(view.owner, owner.getId());

        clickInRow(view.lists.quiet, 0, "Reassign");
        var dialog = _get(ReassignDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reassign " + name);
        dialog.owner.setValue(dialog.owner
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("sales3"))
                .findFirst()
                .orElseThrow());
        _click(dialog.reassign);

        assertThat(_find(ReassignDialog.class)).isEmpty();
        assertThat(quietNames(view.lists)).isEmpty();
    }

    @Test
    void a_reassignment_refused_because_the_client_changed_keeps_the_dialog_open() {
        var name = data.unique("Reassign me");
        var owner = salesWithQuietClient(name);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        pick(view.owner, owner.getId());
        clickInRow(view.lists.quiet, 0, "Reassign");
        var dialog = _get(ReassignDialog.class);
        dialog.owner.setValue(dialog.owner
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("sales3"))
                .findFirst()
                .orElseThrow());

        data.loginAs(owner.getUsername());
        var profile = ClientProfile.of(clients.details(clientNamed(name)));
        profile.setIndustry("Shipping");
        clients.updateProfile(
                clientNamed(name), profile, clients.details(clientNamed(name)).version());
        login("manager");

        _click(dialog.reassign);

        assertThat(_get(ReassignDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("changed " + name));
        assertThat(data.reload(clientNamed(name)).getOwner().getId()).isEqualTo(owner.getId());
    }

    @Test
    void the_manager_snoozes_and_reassigns_several_quiet_clients_at_once_each_through_its_use_case() {
        var first = data.unique("Bulk one");
        var second = data.unique("Bulk two");
        var owner = salesWithQuietClient(first, second);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        pick(view.owner, owner.getId());
        var lists = view.lists;
        assertThat(lists.snoozeSelected.isEnabled()).isFalse();
        GridKt._fetch(lists.quiet, 0, 10).forEach(lists.quiet::select);
        assertThat(lists.snoozeSelected.isEnabled()).isTrue();

        _click(lists.reassignSelected);
        var reassign = _get(ReassignDialog.class);
        var newOwner = data.user("sales2");
        pick(reassign.owner, newOwner.getId());
        _click(reassign.reassign);

        assertThat(_find(ReassignDialog.class)).isEmpty();
        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("Reassigned to " + newOwner.getDisplayName() + ": 2 clients."));
        assertThat(data.reload(clientNamed(first)).getOwner().getId()).isEqualTo(newOwner.getId());
        assertThat(data.reload(clientNamed(second)).getOwner().getId()).isEqualTo(newOwner.getId());

        view.owner.clear();
        GridKt._fetch(lists.quiet, 0, 200).stream()
                .filter(c -> c.name().startsWith("Bulk"))
                .forEach(lists.quiet::select);
        _click(lists.snoozeSelected);
        var snooze = _get(SnoozeDialog.class);
        snooze.length.setValue(30);
        _click(snooze.snooze);
        assertThat(quietNames(lists)).doesNotContain(first, second);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Snoozed "));
    }

    @Test
    void a_bulk_change_refused_for_one_client_names_it_and_changes_the_others() {
        var kept = data.unique("Bulk kept");
        var raced = data.unique("Bulk raced");
        var owner = salesWithQuietClient(kept, raced);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        pick(view.owner, owner.getId());
        GridKt._fetch(view.lists.quiet, 0, 10).forEach(view.lists.quiet::select);
        _click(view.lists.reassignSelected);
        var dialog = _get(ReassignDialog.class);
        // someone else changes one of them while the dialog is open
        data.loginAs("admin");
        var other = data.newUser(Role.SALES, "pw");
        reassignService.reassign(
                clientNamed(raced),
                other.getId(),
                data.reload(clientNamed(raced)).getVersion());
        login("manager");
        dialog.owner.setValue(dialog.owner
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("sales"))
                .findFirst()
                .orElseThrow());
        _click(dialog.reassign);

        assertThat(notificationTexts()).anyMatch(t -> t.contains("1 client.") && t.contains(raced));
        assertThat(data.reload(clientNamed(kept)).getOwner().getUsername()).isEqualTo("sales");
        assertThat(data.reload(clientNamed(raced)).getOwner().getId()).isEqualTo(other.getId());
    }

    @Test
    void the_chip_of_the_owner_shown_is_pressed_and_pressing_it_again_shows_everyone() {
        var owner = salesWithQuietClient(data.unique("Chipped"));
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        var chip = _find(view.summary, Button.class).stream()
                .filter(b -> b.getText().startsWith(owner.getDisplayName() + ":"))
                .findFirst()
                .orElseThrow();
        assertThat(chip.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(chip);
        assertThat(view.owner.getValue().id()).isEqualTo(owner.getId());
        var pressed = _find(view.summary, Button.class).stream()
                .filter(b -> b.getText().startsWith(owner.getDisplayName() + ":"))
                .findFirst()
                .orElseThrow();
        assertThat(pressed.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(pressed);
        assertThat(view.owner.getValue()).isNull();
    }

    @Test
    void the_manager_gives_overdue_follow_ups_a_new_day_together_and_hands_one_on_from_its_row() {
        var owner = data.newUser(Role.SALES, "pw");
        var a = data.client(data.unique("Fa"), owner.getUsername(), "Interested");
        var b = data.client(data.unique("Fb"), owner.getUsername(), "Interested");
        data.loginAs(owner.getUsername());
        followUpService.scheduleFollowUp(a.getId(), "Call A", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);
        followUpService.scheduleFollowUp(b.getId(), "Call B", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);
        clock.advance(Duration.ofDays(3));
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        pick(view.owner, owner.getId());
        var lists = view.lists;
        var rows = GridKt._fetch(lists.followUps, 0, 10);
        assertThat(rows).extracting(FollowUpItem::what).containsExactlyInAnyOrder("Call A", "Call B");

        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        rows.forEach(lists.followUps::select);
        _click(lists.followUpActions.dueSelected);
        var dialog = _get(DueDayDialog.class);
        var day = TestConfig.TODAY.plusDays(10);
        dialog.due.setValue(day);
        _click(dialog.save);
        assertThat(_find(DueDayDialog.class)).isEmpty();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Re-planned for 2 clients"));
        assertThat(GridKt._fetch(lists.followUps, 0, 10))
                .as("no longer overdue")
                .isEmpty();
        assertThat(followUpService.followUps(a.getId()).getFirst().dueAt())
                .as("the end of that working day in the manager's zone")
                .isEqualTo(day.atTime(FollowUp.DUE_TIME)
                        .atZone(com.journeycrm.base.ui.UserTime.of(clock).zone())
                        .toInstant());

        clock.advance(Duration.ofDays(10));
        lists.refresh();
        clickInRow(lists.followUps, 0, "Reassign…");
        var reassign = _get(ReassignDialog.class);
        var sales2 = data.user("sales2");
        pick(reassign.owner, sales2.getId());
        _click(reassign.reassign);
        assertThat(_find(ReassignDialog.class)).isEmpty();
        assertThat(followUpService.followUps(a.getId()).getFirst().assigneeId()
                        + followUpService.followUps(b.getId()).getFirst().assigneeId())
                .as("one of the two handed on")
                .isEqualTo(sales2.getId() + owner.getId());
    }

    /** Chooses the person with this id in a list of the team, as a user picks a name. */
    private static void pick(ComboBox<UserSummary> people, long id) {
        people.setValue(people.getListDataView()
                .getItems()
                .filter(u -> u.id() == id)
                .findFirst()
                .orElseThrow());
    }
}
