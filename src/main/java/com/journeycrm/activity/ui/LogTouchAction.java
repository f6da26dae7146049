package com.journeycrm.activity.ui;

import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.ui.ClientAction;
import com.journeycrm.client.ui.ClientTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;

/** The client view's main button: log a touch point with the client. */
@org.springframework.stereotype.Component
class LogTouchAction implements ClientAction {

    private final TouchPointService touchPoints;
    private final ContactService contacts;
    private final Clock clock;

    LogTouchAction(TouchPointService touchPoints, ContactService contacts, Clock clock) {
        this.touchPoints = touchPoints;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ClientTab.Content create(ClientTab.Actions actions) {
        var editing = new TouchPointEditing(touchPoints, contacts, UserTime.of(clock), actions);
        var button = new Button(I18NProvider.translate("activity.logTouch"), e -> editing.open(null));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new ClientTab.Content() {
            @Override
            public Component component() {
                return button;
            }

            @Override
            public void show(ClientDetails client) {
                editing.show(client);
                button.setEnabled(client.editable());
            }
        };
    }
}
