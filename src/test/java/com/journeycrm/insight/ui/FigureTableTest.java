package com.journeycrm.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.insight.ui.FigureTable.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void a_table_downloads_as_csv_with_quotes_and_commas_kept_and_formulas_defused() {
        var table = new FigureTable("Decisions", List.of("Outcome", "Clients", "Reasons"), List.of(
                List.of("Hired", new Cell("2", "insights/clients?x"), "Great fit, fast (1); \"Budget\" (1)"),
                List.of("=HYPERLINK(\"http://evil\")", 0, "-1 day")));
        assertThat(table.csv()).isEqualTo("""
                Outcome,Clients,Reasons\r
                Hired,2,"Great fit, fast (1); ""Budget"" (1)"\r
                "'=HYPERLINK(""http://evil"")",0,'-1 day\r
                """);
    }
}
