package com.journeycrm.reminder;

import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.base.Translations;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One's open follow-ups for a calendar app: an iCalendar file with a 30-minute event at each due time. */
@Service
@PreAuthorize("isAuthenticated()")
public class FollowUpCalendar {

    /** A calendar file holds at most this many follow-ups, the earliest due first. */
    static final int MAX_EVENTS = 1000;

    private final ReminderRepository reminders;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    private final Translations translations;

    FollowUpCalendar(
            ReminderRepository reminders, CurrentUserProvider currentUser, Clock clock, Translations translations) {
        this.translations = translations;
        this.reminders = reminders;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    /** @param language the language of the events' descriptions */
    public String myOpenFollowUpsAsIcs(Locale language) {
        Instant now = clock.instant();
        // a far but representable bound: Instant.MAX cannot be bound as a PostgreSQL timestamp
        var open = reminders.findOpenFollowUps(
                currentUser.require().id(), now.plus(Duration.ofDays(36_500)), Pageable.ofSize(MAX_EVENTS));
        var ics = new ICalendarWriter("-//Journey CRM//Follow-ups//EN", now);
        for (FollowUpItem f : open) {
            ics.event(
                    "follow-up-" + f.id() + "@journey-crm",
                    f.dueAt(),
                    "PT30M",
                    f.what() + " — " + f.clientName(),
                    translations.getTranslation("reminder.calendar.description", language, f.clientName()));
        }
        return ics.finish();
    }
}
