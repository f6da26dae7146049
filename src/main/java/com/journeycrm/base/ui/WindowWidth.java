package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Lets a view adapt what CSS alone cannot, such as which grid columns exist, to a phone-wide window: told once on
 * attach and again whenever the window crosses the width.
 */
public final class WindowWidth {

    /** Below this a grid keeps only the columns a phone has room for. */
    public static final int NARROW = 700;

    private WindowWidth() {}

    public static void whenNarrow(Component component, Consumer<Boolean> narrow) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() < NARROW));
            resize[0] = page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() < NARROW));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }
}
