package com.journeycrm.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.insight.ui.FigureTable.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void a_table_downloads_as_csv_with_quotes_and_commas_kept_and_formulas_defused() {
        var table = new FigureTable(
                "Decisions",
                List.of("Outcome", "Clients", "Reasons"),
                List.of(
                        List.of("Hired", new Cell(2, "insights/clients?x"), "Great fit, fast (1); \"Budget\" (1)"),
                        List.of("=HYPERLINK(\"http://evil\")", 0, "-1 day")));
        assertThat(table.csv()).isEqualTo("""
                "Outcome","Clients","Reasons"\r
                "Hired","2","Great fit, fast (1); ""Budget"" (1)"\r
                "'=HYPERLINK(""http://evil"")","0","'-1 day"\r
                """);
    }

    @Test
    void counts_show_their_thousands_apart_and_download_as_plain_digits() {
        var table = new FigureTable(
                "Sources",
                List.of("Source", "Came in", "Hired"),
                List.of(List.of("Event", new Cell(42_344, "insights/clients?x"), 1_234_567L)));
        assertThat(table.getElement().getOuterHTML())
                .contains(">42\u202f344</a>")
                .contains(">1\u202f234\u202f567<");
        assertThat(table.csv()).contains("\"Event\",\"42344\",\"1234567\"");
        assertThat(FigureTable.count(999)).isEqualTo("999");
    }
}
