package com.journeycrm.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.base.ui.NoAccessView;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ui.TouchPointDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** Team reminders: managers only, counts per owner, actions that clear rows for the owner too. */
class TeamRemindersViewTest extends ReminderViewTestSupport {
    @Test
    void sales_is_refused_the_team_view() {
        login("sales");
        navigate("");
        navigate("reminders/team");
        assertThat(_get(NoAccessView.class).getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("You don't have access to this page");
    }

    @Test
    void the_manager_sees_counts_per_owner_and_a_call_clears_the_row_for_the_owner_too() {
        var name = data.unique("Team quiet");
        var owner = salesWithQuietClient(name);
        login("manager");
        navigate("reminders/team");
        var view = _get(TeamRemindersView.class);
        assertThat(_find(view.summary, Button.class)).extracting(Button::getText)
                .contains(owner.getDisplayName() + ": 1 quiet · 0 overdue");

        view.owner.setValue(view.owner.getListDataView().getItems().filter(u -> u.id() == owner.getId())
                .findFirst().orElseThrow());
        assertThat(quietNames(view.lists)).containsExactly(name);

        clickInRow(view.lists.quiet, 0, "Log touch");
        var dialog = _get(TouchPointDialog.class);
        _find(dialog, TextField.class).getFirst().setValue("Manager called");
        _click(_find(dialog, Button.class).stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow());
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
        view.owner.setValue(view.owner.getListDataView().getItems().filter(u -> u.id() == owner.getId())
                .findFirst().orElseThrow());

        clickInRow(view.lists.quiet, 0, "Reassign");
        var dialog = _get(ReassignDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reassign " + name);
        dialog.owner.setValue(dialog.owner.getListDataView().getItems().filter(u -> u.username().equals("sales3"))
                .findFirst().orElseThrow());
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
        view.owner.setValue(view.owner.getListDataView().getItems().filter(u -> u.id() == owner.getId())
                .findFirst().orElseThrow());
        clickInRow(view.lists.quiet, 0, "Reassign");
        var dialog = _get(ReassignDialog.class);
        dialog.owner.setValue(dialog.owner.getListDataView().getItems().filter(u -> u.username().equals("sales3"))
                .findFirst().orElseThrow());

        data.loginAs(owner.getUsername());
        var profile = ClientProfile.of(clients.details(clientNamed(name)));
        profile.setIndustry("Shipping");
        clients.updateProfile(clientNamed(name), profile, clients.details(clientNamed(name)).version());
        login("manager");

        _click(dialog.reassign);

        assertThat(_get(ReassignDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("changed " + name));
        assertThat(data.reload(clientNamed(name)).getOwner().getId()).isEqualTo(owner.getId());
    }
}
