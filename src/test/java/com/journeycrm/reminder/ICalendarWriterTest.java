package com.journeycrm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 5545 as calendar apps read it: CRLF lines of at most 75 octets, folded with a leading space. */
class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2026-11-24T09:30:00Z");

    private static String calendar(String summary) {
        return new ICalendarWriter("-//Test//EN", STAMP)
                .event("uid-1@test", Instant.parse("2026-12-01T16:00:00Z"), "PT30M", summary, "Details")
                .finish();
    }

    @Test
    void an_event_has_its_fields_in_utc() {
        assertThat(calendar("Call Acme")).isEqualTo("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                CALSCALE:GREGORIAN\r
                BEGIN:VEVENT\r
                UID:uid-1@test\r
                DTSTAMP:20261124T093000Z\r
                DTSTART:20261201T160000Z\r
                DURATION:PT30M\r
                SUMMARY:Call Acme\r
                DESCRIPTION:Details\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
    }

    @Test
    void commas_semicolons_backslashes_and_line_breaks_are_escaped() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\r\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void no_control_character_reaches_the_calendar_whatever_was_stored() {
        String ics = calendar("Call\u0007 Acme\u001b[31m \u202Eevil\u0000");
        assertThat(ics.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' || c == 0x202E))
                .isEmpty();
        assertThat(ics).contains("SUMMARY:Call  Acme [31m  evil ");
    }

    @Test
    void long_lines_are_folded_within_75_octets_without_splitting_a_character() {
        String summary = "Überprüfung der Verträge — " + "ä€𝄞".repeat(30);
        String ics = calendar(summary);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(Arrays.asList(unfolded.split("\r\n"))).contains("SUMMARY:" + summary);
        assertThat(ics).doesNotContain("\uFFFD");
    }

    @Test
    void a_line_of_exactly_75_octets_is_not_folded() {
        String summary = "x".repeat(75 - "SUMMARY:".length());
        assertThat(calendar(summary)).contains("SUMMARY:" + summary + "\r\nDESCRIPTION");
        assertThat(calendar(summary + "y")).contains("SUMMARY:" + summary + "\r\n y\r\n");
    }

    /** Characters either side of each UTF-8 length step fill a line to exactly 75 octets, never more. */
    @ParameterizedTest
    @ValueSource(strings = {"\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFD", "\uD800\uDC00"})
    void lines_are_filled_to_75_octets_whatever_the_characters_width(String character) {
        String ics = calendar(character.repeat(200));
        var summaryLines = ics.substring(ics.indexOf("SUMMARY:"), ics.indexOf("DESCRIPTION:"))
                .split("\r\n");
        int width = character.getBytes(StandardCharsets.UTF_8).length;
        for (String line : summaryLines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        int first = summaryLines[0].getBytes(StandardCharsets.UTF_8).length;
        assertThat(first).isGreaterThan(75 - width);
    }
}
