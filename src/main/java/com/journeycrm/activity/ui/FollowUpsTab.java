package com.journeycrm.activity.ui;

import com.journeycrm.activity.FollowUpService;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ui.ClientTab;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;

/** The client view's Follow-ups tab: schedule one, mark one done, see which are overdue. */
@org.springframework.stereotype.Component
class FollowUpsTab implements ClientTab {

    private final FollowUpService followUps;
    private final UserService users;
    private final Clock clock;

    FollowUpsTab(FollowUpService followUps, UserService users, Clock clock) {
        this.followUps = followUps;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String address() {
        return "follow-ups";
    }

    @Override
    public String label() {
        return I18NProvider.translate("activity.tab.followUps");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Content create(Actions actions) {
        var time = UserTime.of(clock);
        var editor = new FollowUpEditor(users.listActiveUsers(), users.currentUser(), time);
        var panel = new FollowUpsPanel(
                editor,
                time,
                f -> actions.act(
                        () -> followUps.completeFollowUp(f.id()), I18NProvider.translate("activity.followUp.done")));
        var shown = new long[1];
        editor.addScheduleListener(e -> {
            if (actions.act(
                    () -> followUps.scheduleFollowUp(shown[0], e.what(), e.due(), time.zone(), e.assigneeId()),
                    I18NProvider.translate("activity.followUp.scheduled"))) {
                editor.clear();
            }
        });
        return new Content() {
            @Override
            public Component component() {
                return panel;
            }

            @Override
            public void show(ClientDetails client) {
                shown[0] = client.id();
                panel.show(followUps.followUps(client.id()), client.editable());
            }
        };
    }
}
