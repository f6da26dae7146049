package com.journeycrm.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;

/** The app's few kinds of notification, so they look and behave the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification info(String text) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        return n;
    }

    /** Errors stay until dismissed: the user must be able to read why something was refused. */
    public static Notification error(String text) {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        var close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var layout = new HorizontalLayout(new Span(text), close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(layout);
        n.setDuration(0);
        n.open();
        return n;
    }

    public static Notification withAction(String text, String actionLabel, Duration duration, Runnable action) {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setPosition(Notification.Position.BOTTOM_START);
        n.setDuration((int) duration.toMillis());
        var button = new Button(actionLabel, e -> {
            n.close();
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var layout = new HorizontalLayout(new Span(text), button);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(layout);
        n.open();
        return n;
    }
}
