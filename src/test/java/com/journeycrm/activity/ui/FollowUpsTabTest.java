package com.journeycrm.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientService;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Follow-ups tab this feature contributes to the client view. */
class FollowUpsTabTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private static TabSheet tabs() {
        return _get(TabSheet.class);
    }

    /** Opens the client on its Follow-ups tab. */
    private FollowUpsPanel open(Client client) {
        navigate("clients/" + client.getId());
        var tabs = tabs();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Follow-ups")) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(FollowUpsPanel.class);
    }

    @Test
    void scheduling_a_follow_up_stays_on_its_tab_lists_it_and_clears_the_editor() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var panel = open(client);
        var editor = panel.editor;
        enter(editor.what, "Send the proposal");
        _click(editor.add);

        assertThat(tabs().getSelectedTab().getLabel()).isEqualTo("Follow-ups");
        assertThat(GridKt._fetch(panel.grid, 0, 10))
                .extracting(FollowUpItem::what)
                .containsExactly("Send the proposal");
        assertThat(editor.what.getValue()).isEmpty();
    }

    @Test
    void a_follow_up_is_due_at_the_end_of_the_chosen_day_where_the_user_is() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var panel = open(client);
        var editor = panel.editor;
        enter(editor.what, "Call back");
        editor.due.setValue(TestConfig.TODAY.plusDays(2));
        _click(editor.add);

        assertThat(clients.details(client.getId()).nextFollowUpDue())
                .isEqualTo(TestConfig.TODAY
                        .plusDays(2)
                        .atTime(17, 0)
                        .atZone(UserTime.of(clock).zone())
                        .toInstant());
    }
}
