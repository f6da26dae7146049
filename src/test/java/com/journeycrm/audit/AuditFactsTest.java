package com.journeycrm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.base.Text;
import com.journeycrm.base.Translations;
import com.journeycrm.stage.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An entry's facts are kept typed and worded when read; an entry from before keeps its prose, worded where known. */
class AuditFactsTest {

    private static final Translations WORDS = new Translations();

    private static String in(Locale language, Text line) {
        return WORDS.getTranslation(line.key(), language, line.arguments());
    }

    private static AuditRow row(String prose, String facts) {
        return new AuditRow(1, Instant.EPOCH, AuditKind.MOVED, 1L, "Dana", 2L, "Acme", prose, facts);
    }

    @Test
    void facts_keep_their_types_and_read_in_each_language() {
        var at = Instant.parse("2026-12-01T09:00:00Z");
        var lines = List.of(
                AuditLog.change("field.audit.outcome", null, Outcome.NOT_NOW),
                AuditLog.change("field.audit.snoozedUntil", null, at),
                AuditLog.change(new Text("field.audit.service", "Audit {0} ''x''"), null, "a {1} brace"),
                new Text("audit.import.file", 3, 7));
        var stored = AuditFacts.encode(lines);
        var read = row(null, stored).lines();

        assertThat(read.get(1).arguments()[2]).as("an instant stays an instant").isEqualTo(at);
        assertThat(row(null, stored).detail())
                .isEqualTo(String.join(
                        "\n",
                        "Outcome: — → Not now",
                        "Snoozed until: — → 2026-12-01T09:00:00Z",
                        "Service Audit {0} ''x'': — → a {1} brace",
                        "3 clients from a file of 7 rows"));
        assertThat(in(Locale.GERMAN, read.get(0))).isEqualTo("Ergebnis: — → Jetzt nicht");
        assertThat(in(Locale.GERMAN, read.get(3))).isEqualTo("3 Kunden aus einer Datei mit 7 Zeilen");
    }

    @Test
    void an_entry_from_before_facts_reads_its_known_field_names_in_the_readers_language() {
        var old = row("Industry: Retail → Health\nWrong password\nSomething nobody knows", null);

        assertThat(old.lines())
                .extracting(line -> in(Locale.GERMAN, line))
                .containsExactly("Branche: Retail → Health", "Falsches Passwort", "Something nobody knows");
        assertThat(old.detail()).isEqualTo("Industry: Retail → Health\nWrong password\nSomething nobody knows");
    }

    @Test
    void a_long_value_is_clipped_so_one_note_cannot_crowd_out_the_rest() {
        var line = AuditLog.change("field.audit.notes", null, "x".repeat(1000));
        assertThat(line.english()).hasSizeLessThan(330).endsWith("…");
    }
}
