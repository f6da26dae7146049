package com.journeycrm.base.ui;

/**
 * A count next to a menu entry (e.g. reminders due), provided by the feature that owns the entry, so the layout
 * shows it without knowing the feature.
 */
public interface MenuBadge {

    /** The route of the menu entry, as in {@code @Route}, e.g. "reminders". */
    String route();

    /** For the user who is looking; 0 hides the badge. */
    long count();

    /** Words for screen readers, e.g. "3 reminders due". */
    String describe(long count);

    /** A class name for styles and tests. */
    default String styleName() {
        return route() + "-badge";
    }
}
