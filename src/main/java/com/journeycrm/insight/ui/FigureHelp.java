package com.journeycrm.insight.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;

/**
 * A section's title with a help button beside it: one click shows how its figures are counted — the same words as
 * docs/insights.md (a test keeps the two alike), followed by what "a move that counts" means.
 */
class FigureHelp extends Composite<Div> {

    final Button button = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
    final Popover popover = new Popover();

    /** @param key the section's key: its title; {@code key.help}, how it is counted */
    FigureHelp(String key) {
        String title = getTranslation(key);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("insight.help", title));
        button.addClassName("figure-help");
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabel(getTranslation("insight.help", title));
        popover.setWidth("min(34rem, 90vw)");
        var how = new Div(
                new Paragraph(getTranslation(key + ".help")), new Paragraph(getTranslation("insight.help.moves")));
        how.addClassName("figure-help-text");
        popover.add(how);
        var heading = new H3(title);
        getContent().add(heading, button, popover);
        getContent().addClassName("insight-title");
    }
}
