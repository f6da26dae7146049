package com.journeycrm.insight.ui;

import com.journeycrm.base.ui.UserTime;
import com.journeycrm.insight.InsightFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Insights filter as it sits in the address bar ({@code ?period=12m&owner=3}, or
 * {@code ?period=range&from=2026-01-01&to=2026-03-31}), so that a view can be bookmarked and shared. Anything
 * unreadable, or a date before 2000 or after 2099, falls back to the last 12 months and everyone.
 */
record InsightPeriod(Kind kind, LocalDate from, LocalDate to, Long ownerId) {

    enum Kind {
        LAST_90_DAYS("90d"),
        LAST_12_MONTHS("12m"),
        ALL_TIME("all"),
        RANGE("range");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return LAST_12_MONTHS;
        }
    }

    /** Before this nothing is recorded: "all time" starts here. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    /**
     * No date after this is read from an address: {@code to=+999999999-12-31} parses, and a day after it does not
     * exist.
     */
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    static InsightPeriod of(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Kind kind = Kind.of(first(p, "period"));
        LocalDate from = date(first(p, "from"));
        LocalDate to = date(first(p, "to"));
        if (kind == Kind.RANGE && (from == null || to == null || to.isBefore(from))) {
            kind = Kind.LAST_12_MONTHS;
        }
        Long owner = null;
        try {
            String o = first(p, "owner");
            owner = o == null ? null : Long.valueOf(o);
        } catch (NumberFormatException e) {
            owner = null;
        }
        return new InsightPeriod(kind, kind == Kind.RANGE ? from : null, kind == Kind.RANGE ? to : null, owner);
    }

    QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", kind.code);
        if (kind == Kind.RANGE) {
            p.put("from", from.toString());
            p.put("to", to.toString());
        }
        if (ownerId != null) {
            p.put("owner", ownerId.toString());
        }
        return QueryParameters.simple(p);
    }

    /** The period in the user's own time zone: whole days, the last one included. */
    InsightFilter filter(UserTime time) {
        LocalDate today = time.today();
        LocalDate first = switch (kind) {
            case LAST_90_DAYS -> today.minusDays(89);
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
            case ALL_TIME -> BEGINNING;
            case RANGE -> from;
        };
        LocalDate last = kind == Kind.RANGE ? to : today;
        return new InsightFilter(
                time.at(first, LocalTime.MIDNIGHT), time.at(last.plusDays(1), LocalTime.MIDNIGHT), ownerId);
    }

    /**
     * The period of the same number of days just before this one, for comparison: none before "all time", or before
     * anything was recorded.
     */
    java.util.Optional<InsightPeriod> previous(UserTime time) {
        if (kind == Kind.ALL_TIME) {
            return java.util.Optional.empty();
        }
        var f = filter(time);
        LocalDate first = f.from().atZone(time.zone()).toLocalDate();
        LocalDate end = f.to().atZone(time.zone()).toLocalDate();
        LocalDate before = first.minusDays(java.time.temporal.ChronoUnit.DAYS.between(first, end));
        return before.isBefore(BEGINNING)
                ? java.util.Optional.empty()
                : java.util.Optional.of(new InsightPeriod(Kind.RANGE, before, first.minusDays(1), ownerId));
    }

    private static String first(Map<String, List<String>> p, String name) {
        var values = p.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static LocalDate date(String text) {
        try {
            LocalDate date = text == null || text.length() > 10 ? null : LocalDate.parse(text);
            return date == null || date.isBefore(BEGINNING) || date.isAfter(LATEST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
