package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Time as the user sees it: "now" from the app's clock, shown and entered in the browser's own time zone and
 * locale (not the server's). The one place for date formats.
 */
public final class UserTime {

    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;

    public UserTime(Clock clock, ZoneId zone, Locale locale) {
        this.clock = clock;
        this.zone = zone;
        this.locale = locale;
    }

    /**
     * For the current UI: its browser's time zone when known (asked for once; the view is shown again when the
     * answer changes anything), otherwise the clock's.
     */
    public static UserTime of(Clock clock) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new UserTime(clock, clock.getZone(), Locale.getDefault());
        }
        return new UserTime(
                clock,
                browserZone(ui).orElseGet(() -> {
                    askBrowser(ui, clock.getZone());
                    return clock.getZone();
                }),
                browserLocale(ui));
    }

    /**
     * The page's language with the browser's region where they agree (en-GB writes 7/12 for 7 December), else the
     * language alone (a user who chose German in an English browser reads German dates).
     */
    private static Locale browserLocale(UI ui) {
        Locale language = ui.getLocale() == null ? Locale.getDefault() : ui.getLocale();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null
                && request.getHeader("Accept-Language") != null
                && request.getLocale() != null
                && request.getLocale().getLanguage().equals(language.getLanguage())) {
            return request.getLocale();
        }
        return language;
    }

    private static Optional<ZoneId> browserZone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        return details == null ? Optional.empty() : parse(details.getTimeZoneId());
    }

    private static void askBrowser(UI ui, ZoneId assumed) {
        ui.getPage()
                .retrieveExtendedClientDetails(details -> parse(details.getTimeZoneId())
                        .filter(zone -> !zone.equals(assumed))
                        .ifPresent(zone -> ui.refreshCurrentRoute(false)));
    }

    static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    /** Date pickers show and read dates as the user writes them (7/12 is July in the US, December in Britain). */
    public void localize(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setLocale(locale);
            picker.setI18n(calendarWords(picker, picker.getI18n()));
        }
    }

    /** The same for a date and time picker: its calendar in the user's words and format. */
    public void localize(DateTimePicker picker) {
        picker.setLocale(locale);
        picker.setDatePickerI18n(calendarWords(picker, null));
    }

    /** The calendar's own words: month and day names from the locale, its two buttons from the bundles. */
    private DatePicker.DatePickerI18n calendarWords(Component picker, DatePicker.DatePickerI18n set) {
        var i18n = set == null ? new DatePicker.DatePickerI18n() : set;
        List<DayOfWeek> sundayFirst =
                Stream.iterate(DayOfWeek.SUNDAY, d -> d.plus(1)).limit(7).toList();
        return i18n.setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("common.cancel"));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDateTime nowLocal() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** "24 Nov 2026" in the user's locale; empty for null. */
    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }

    /** "24 Nov 2026, 14:30" in the user's locale; empty for null. */
    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }
}
