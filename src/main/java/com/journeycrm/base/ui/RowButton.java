package com.journeycrm.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A small action in a list's row ("Edit", "Retire"…), named for screen readers with the row it acts on. */
public final class RowButton {

    private RowButton() {}

    /** @param subject what the row is, e.g. "Dana Sales": the accessible name becomes "Edit — Dana Sales" */
    public static Button of(String text, String subject, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text + " — " + subject);
        return button;
    }
}
