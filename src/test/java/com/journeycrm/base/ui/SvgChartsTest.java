package com.journeycrm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.base.ui.SvgCharts.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pictures carry user-named things (stages, clients): always as text, never as markup. */
class SvgChartsTest {

    @Test
    void a_label_with_markup_is_drawn_as_text() {
        var html = SvgCharts.bars("Funnel", List.of(new Bar("<script>alert('x')</script>", 3, "3", "a?b=1&c=2")))
                .getInnerHtml();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(html).contains("href=\"a?b=1&amp;c=2\"");
    }

    @Test
    void the_longest_bar_is_the_largest_value_and_every_bar_is_a_named_link() {
        var html = SvgCharts.bars(
                        "Sources",
                        List.of(
                                new Bar("Web", 10, "10", "w"),
                                new Bar("Event", 5, "5", "e"),
                                new Bar("None", 0, "0", null)))
                .getInnerHtml();
        assertThat(html).contains("width=\"340.0\"").contains("width=\"170.0\"");
        assertThat(html)
                .contains("aria-label=\"Web: 10\"")
                .contains("aria-label=\"Event: 5\"")
                .doesNotContain("aria-label=\"None: 0\"");
    }

    @Test
    void a_heat_map_shades_by_value_and_leaves_empty_cells_blank() {
        var html = SvgCharts.heatMap(
                        "Map",
                        List.of("Aware"),
                        List.of("Call", "Email"),
                        new double[][] {{4, 0}},
                        new String[][] {{"4", "0"}},
                        new String[][] {{"x", null}})
                .getInnerHtml();
        assertThat(html).contains("fill-opacity:1.00").contains("fill-opacity:0.00");
        assertThat(html).contains("aria-label=\"Aware, Call: 4\"").doesNotContain("Aware, Email: 0\"");
    }
}
