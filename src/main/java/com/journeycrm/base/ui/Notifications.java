package com.journeycrm.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;

/**
 * The app's notices: bottom right, clear of the drawer's user footer and of the content the user is working on;
 * a notice with an action (Undo after a move) at the top, where it covers no card's "Move to…" at the bottom of a
 * column while it waits to be used. A new notice replaces the one before it instead of stacking. Confirmations go after
 * a few seconds; a refusal stays long enough to be read and can be closed at once.
 */
public final class Notifications {

    static final Notification.Position PLACE = Notification.Position.BOTTOM_END;
    static final Duration INFO = Duration.ofSeconds(4);
    static final Duration REFUSAL = Duration.ofSeconds(12);

    private Notifications() {}

    public static Notification info(String text) {
        var n = notice(text, INFO);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        return n;
    }

    public static Notification error(String text) {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        var close = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(close.getTranslation("common.close"));
        var layout = new HorizontalLayout(new Span(text), close);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(layout);
        n.setDuration((int) REFUSAL.toMillis());
        // read out by screen readers at once: the user's change did not happen
        n.setAssertive(true);
        return show(n);
    }

    public static Notification withAction(String text, String actionLabel, Duration duration, Runnable action) {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setDuration((int) duration.toMillis());
        var button = new Button(actionLabel, e -> {
            n.close();
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var layout = new HorizontalLayout(new Span(text), button);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(layout);
        show(n);
        n.setPosition(Notification.Position.TOP_CENTER);
        return n;
    }

    private static Notification notice(String text, Duration duration) {
        var n = new Notification(new Span(text));
        n.setDuration((int) duration.toMillis());
        return show(n);
    }

    private static Notification show(Notification n) {
        n.setPosition(PLACE);
        var ui = UI.getCurrent();
        if (ui != null) {
            var previous = ComponentUtil.getData(ui, Notification.class);
            if (previous != null && previous.isOpened()) {
                previous.close();
            }
            ComponentUtil.setData(ui, Notification.class, n);
        }
        n.open();
        return n;
    }
}
