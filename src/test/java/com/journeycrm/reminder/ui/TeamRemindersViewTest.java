package com.journeycrm.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.journeycrm.client.ui.TouchPointDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.Test;

/** Team reminders: managers only, counts per owner, actions that clear rows for the owner too. */
class TeamRemindersViewTest extends ReminderViewTestSupport {
    @Test
    void sales_is_refused_the_team_view() {
        login("sales");
        navigate("");
        assertThatThrownBy(() -> navigate("reminders/team")).isInstanceOf(MockAccessDeniedException.class);
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
        _find(dialog, com.vaadin.flow.component.textfield.TextField.class).getFirst().setValue("Manager called");
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
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reassign " + name);
        @SuppressWarnings("unchecked")
        ComboBox<com.journeycrm.security.UserSummary> newOwner = _get(dialog, ComboBox.class);
        newOwner.setValue(newOwner.getListDataView().getItems().filter(u -> u.username().equals("sales3"))
                .findFirst().orElseThrow());
        _click(_find(dialog, Button.class).stream().filter(b -> "Reassign".equals(b.getText())).findFirst().orElseThrow());

        assertThat(quietNames(view.lists)).isEmpty();
    }

}
