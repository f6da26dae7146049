package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void a_formula_at_the_start_or_after_any_separator_stays_text() {
        assertThat(SpreadsheetText.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.safe("Semi;=cmd|' /C calc'!A0;")).isEqualTo("Semi;'=cmd|' /C calc'!A0;");
        assertThat(SpreadsheetText.safe("n;=1+1;")).isEqualTo("n;'=1+1;");
        assertThat(SpreadsheetText.safe("a,+1\tb|-2\n@x\r=y")).isEqualTo("a,'+1\tb|'-2\n'@x\r'=y");
        assertThat(SpreadsheetText.safe("\tlead")).isEqualTo("'\tlead");
    }

    @Test
    void ordinary_text_and_dates_are_left_alone() {
        assertThat(SpreadsheetText.safe("Harbour Energy, Ltd. - 2026-11-02"))
                .isEqualTo("Harbour Energy, Ltd. - 2026-11-02");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isNull();
    }

    @Test
    void every_cell_is_quoted() throws Exception {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, SpreadsheetText.CSV)) {
            printer.printRecord("Name", "plain", "with \"quote\"");
        }
        assertThat(out.toString()).isEqualTo("\"Name\",\"plain\",\"with \"\"quote\"\"\"\r\n");
    }
}
