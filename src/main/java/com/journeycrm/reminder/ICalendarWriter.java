package com.journeycrm.reminder;

import com.journeycrm.base.validation.TextRules;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes an iCalendar file (RFC 5545): CRLF line ends, text escaped, lines folded at 75 octets. */
final class ICalendarWriter {

    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private final StringBuilder ics = new StringBuilder();
    private final Instant stamp;

    ICalendarWriter(String productId, Instant stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + productId);
        line("CALSCALE:GREGORIAN");
    }

    ICalendarWriter event(String uid, Instant start, String duration, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC_STAMP.format(stamp));
        line("DTSTART:" + UTC_STAMP.format(start));
        line("DURATION:" + duration);
        line("SUMMARY:" + escape(summary));
        line("DESCRIPTION:" + escape(description));
        line("END:VEVENT");
        return this;
    }

    String finish() {
        line("END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 text escaping: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        // RFC 5545 allows no control character in TEXT but the tab: text stored before they were refused loses them
        return TextRules.withoutControlCharacters(text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r", "")
                .replace("\n", "\\n"));
    }

    /** One content line, folded on character boundaries so that no physical line exceeds 75 octets. */
    private void line(String content) {
        int budget = LINE_OCTETS;
        int used = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int octets = utf8Length(cp);
            if (used + octets > budget) {
                ics.append("\r\n ");
                used = 0;
                budget = LINE_OCTETS - 1; // the leading space of a continuation line counts
            }
            ics.appendCodePoint(cp);
            used += octets;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
