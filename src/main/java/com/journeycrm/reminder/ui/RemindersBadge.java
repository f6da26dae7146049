package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.MenuBadge;
import com.journeycrm.reminder.ReminderService;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** "My reminders" in the menu shows how many are due for the user. */
@Component
class RemindersBadge implements MenuBadge {

    private final ReminderService reminders;

    RemindersBadge(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public String route() {
        return "reminders";
    }

    @Override
    public String styleName() {
        return "reminder-badge";
    }

    @Override
    public long count() {
        return reminders.myDueCount();
    }

    @Override
    public String describe(long count) {
        return UI.getCurrent().getTranslation("reminder.badge", count);
    }
}
