package com.journeycrm.base.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://acme.example",
                "http://www.acme.co.uk/about?x=1#team",
                "HTTPS://Acme.IO",
                "https://xn--bcher-kva.example/path"
            })
    void web_addresses_people_type_are_accepted(String text) {
        assertThat(TextRules.isWebAddress(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acme.example",
                "ftp://acme.example",
                "https://localhost",
                "https://acme.c",
                "https://acme .example",
                "https:///acme.example",
                "javascript:alert(1)//a.bc",
                "https://-acme.example",
                "https://acme..example",
                "https://acme.example./x",
                "https://acme.123"
            })
    void anything_else_is_refused(String text) {
        assertThat(TextRules.isWebAddress(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana@acme.example", "first.last+crm@sub.acme.co.uk", "o'brien@acme.ie"})
    void email_addresses_people_type_are_accepted(String text) {
        assertThat(TextRules.isEmailAddress(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dana",
                "dana@",
                "@acme.example",
                "dana@acme",
                "da na@acme.example",
                "dana@@acme.example",
                "a@b@acme.example",
                ".dana@acme.example",
                "da..na@acme.example",
                "<script>@acme.example",
                "dana@acme.example<script>"
            })
    void malformed_email_addresses_are_refused(String text) {
        assertThat(TextRules.isEmailAddress(text)).isFalse();
    }

    @Test
    void limits_are_part_of_the_rule() {
        String local = "a".repeat(65);
        assertThat(TextRules.isEmailAddress(local + "@acme.example")).isFalse();
        assertThat(TextRules.isWebAddress("https://" + "a".repeat(243) + ".example"))
                .isFalse();
        assertThat(TextRules.isWebAddress("https://" + "a".repeat(60) + ".example"))
                .isTrue();
    }

    /** The input that used to cost 23 s of CPU in the old pattern; the margin here is five orders of magnitude. */
    @Test
    void hostile_input_is_answered_at_once() {
        String dots = "http://a" + ".".repeat(60_000) + " ";
        String inLimit = "http://a" + ".".repeat(240) + " ";
        String mail = "a".repeat(60) + "@" + "a.".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1_000; i++) {
                assertThat(TextRules.isWebAddress(dots)).isFalse();
                assertThat(TextRules.isWebAddress(inLimit)).isFalse();
                assertThat(TextRules.isEmailAddress(mail)).isFalse();
            }
        });
    }

    @Test
    void each_limit_is_inclusive() {
        String url255 = "https://" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(50)
                + ".test";
        assertThat(url255).hasSize(255);
        assertThat(TextRules.isWebAddress(url255)).isTrue();
        assertThat(TextRules.isWebAddress(url255 + "x")).isFalse();
        assertThat(TextRules.isWebAddress("https://" + "a".repeat(64) + ".test"))
                .isFalse();
        assertThat(TextRules.isEmailAddress("a".repeat(64) + "@acme.example")).isTrue();
        String email254 =
                "a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(57) + ".io";
        assertThat(email254).hasSize(254);
        assertThat(TextRules.isEmailAddress(email254)).isTrue();
        assertThat(TextRules.isEmailAddress("a" + email254)).isFalse();
        assertThat(TextRules.isEmailAddress("a@acme.io")).isTrue();
        assertThat(TextRules.isEmailAddress("a@acme.i")).isFalse();
        assertThat(TextRules.isEmailAddress("a@acme-.io")).isFalse();
        assertThat(TextRules.isEmailAddress("a@-acme.io")).isFalse();
    }

    @Test
    void control_characters_and_direction_overrides_are_forbidden_tabs_and_line_breaks_only_where_multi_line() {
        for (String bad : java.util.List.of(
                "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202A", "\u202E", "\u2066", "\u2069")) {
            org.assertj.core.api.Assertions.assertThat(TextRules.hasForbiddenCharacter("a" + bad + "b", true))
                    .as(Integer.toHexString(bad.charAt(0)))
                    .isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(TextRules.hasForbiddenCharacter("a\tb\r\nc", true))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(TextRules.hasForbiddenCharacter("a\tb", false))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(TextRules.hasForbiddenCharacter("Zoë \u200F שלום 株式会社", false))
                .as("letters of any script and the plain direction marks")
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(TextRules.withoutControlCharacters("a\u0007b\u202Ec"))
                .isEqualTo("a b c");
    }
}
