package com.journeycrm.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * "The user just changed something" on this browser tab ({@link Attempt} tells it after every change that went
 * through): what counts the user's work, such as the menu's reminder badge, reads its count again at once rather
 * than at the next navigation.
 */
public final class Changed extends ComponentEvent<UI> {

    private Changed(UI ui) {
        super(ui, false);
    }

    static void tell() {
        var ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new Changed(ui));
        }
    }

    public static Registration listen(UI ui, Runnable then) {
        return ComponentUtil.addListener(ui, Changed.class, e -> then.run());
    }
}
