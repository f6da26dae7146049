package com.journeycrm.activity.ui;

import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.ui.ClientTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;

/** The client view's first tab: its touch points and stage changes, each touch point correctable by who may. */
@org.springframework.stereotype.Component
class TimelineTab implements ClientTab {

    private final TimelineService timelines;
    private final TouchPointService touchPoints;
    private final ContactService contacts;
    private final Clock clock;

    TimelineTab(TimelineService timelines, TouchPointService touchPoints, ContactService contacts, Clock clock) {
        this.timelines = timelines;
        this.touchPoints = touchPoints;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String address() {
        return "timeline";
    }

    @Override
    public String label() {
        return I18NProvider.translate("activity.tab.timeline");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Content create(Actions actions) {
        var time = UserTime.of(clock);
        var editing = new TouchPointEditing(touchPoints, contacts, time, actions);
        var timeline = new Timeline(timelines, time, editing::open, editing::confirmDelete);
        return new Content() {
            @Override
            public Component component() {
                return timeline;
            }

            @Override
            public void show(ClientDetails client) {
                editing.show(client);
                timeline.show(client.id());
            }
        };
    }
}
