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
        assertThat(html).contains("width=\"200.0\"").contains("width=\"100.0\"");
        assertThat(html)
                .contains("aria-label=\"Web: 10\"")
                .contains("aria-label=\"Event: 5\"")
                .doesNotContain("aria-label=\"None: 0\"");
    }

    @Test
    void a_heat_map_shades_by_value_marks_a_silent_row_in_words_and_has_a_legend() {
        var html = SvgCharts.heatMap(
                        "Map",
                        List.of("Aware", "Deciding"),
                        List.of("Call", "Website visit"),
                        new double[][] {{4, 0}, {0, 0}},
                        new String[][] {{"4", "0"}, {"0", "0"}},
                        new String[][] {{"x", null}, {null, null}},
                        new SvgCharts.HeatWords("silent", "fewer", "more"))
                .getInnerHtml();
        assertThat(html).contains("fill-opacity:1.00").contains("fill-opacity:0.00");
        assertThat(html).contains("aria-label=\"Aware, Call: 4\"").doesNotContain("Aware, Website visit: 0\"");
        assertThat(html).as("the silent row, once").containsOnlyOnce(">silent<");
        assertThat(html).as("the legend's ends").contains(">fewer 1<").contains(">4 more<");
        assertThat(html)
                .as("an upright header on two lines")
                .contains(">Website<")
                .contains(">visit<");
    }

    @Test
    void a_funnel_draws_each_loss_and_marks_the_largest() {
        var html = FunnelChart.of(
                        "Funnel",
                        List.of(
                                new FunnelChart.Step("Aware", 100, "100", "a"),
                                new FunnelChart.Step("Deciding", 90, "90", "d"),
                                new FunnelChart.Step("Hired", 30, "30", "h")),
                        List.of(
                                new FunnelChart.Drop("−10 (10 %)", false, "s1"),
                                new FunnelChart.Drop("−60 (67 %) · largest leak", true, "s2")))
                .getInnerHtml();
        assertThat(html).contains("<polygon").contains(">−10 (10 %)<").contains(">−60 (67 %) · largest leak<");
        assertThat(html).as("the leak in the error colour").contains("var(--lumo-error-color)");
        assertThat(html).contains("aria-label=\"Deciding: 90\"");
    }

    @Test
    void lines_put_a_linked_dot_on_each_value_and_name_each_line_in_the_legend() {
        var html = LineChart.of(
                        "Trends",
                        List.of("Jan 26", "Feb 26"),
                        List.of(new LineChart.Series(
                                "Hires", "var(--lumo-success-color)", new long[] {3, 0}, new String[] {"h1", null})))
                .getInnerHtml();
        assertThat(html).contains(">Hires<").contains(">Jan 26<").contains(">Feb 26<");
        assertThat(html).contains("aria-label=\"Hires, Jan 26: 3\"").doesNotContain("Feb 26: 0\"");
        assertThat(LineChart.niceCeiling(3)).isEqualTo(4);
        assertThat(LineChart.niceCeiling(31)).isEqualTo(40);
    }

    @Test
    void a_stacked_bar_gives_each_part_its_share_and_a_legend_line() {
        var html = StackedBar.of(
                        "Decisions",
                        List.of(
                                new StackedBar.Part("Hired", 3, "3 · 75 %", "h", "green"),
                                new StackedBar.Part("No way", 1, "1 · 25 %", "n", "red")))
                .getInnerHtml();
        assertThat(html).contains("width=\"238.5\"").contains("width=\"79.5\"");
        assertThat(html).contains(">Hired: 3 · 75 %<").contains(">No way: 1 · 25 %<");
    }

    @Test
    void a_picture_keeps_its_own_size_so_its_text_never_shrinks_below_12_px() {
        var html = SvgCharts.bars("Sources", List.of(new Bar("Web", 10, "10", "w")))
                .getInnerHtml();
        assertThat(html).contains("width=\"500\"").doesNotContain("100%");
        assertThat(html).doesNotContainPattern("font-size:(\\d|1[01])px");
    }

    @Test
    void a_faint_line_is_dashed_without_dots_and_a_long_legend_wraps() {
        var html = LineChart.of(
                        "Trends",
                        List.of("Jan 26", "Feb 26"),
                        List.of(
                                new LineChart.Series(
                                        "New prospects", "blue", new long[] {3, 4}, new String[] {"a", "b"}),
                                new LineChart.Series("Hires", "green", new long[] {1, 2}, new String[] {"c", "d"}),
                                new LineChart.Series(
                                        "New prospects of the same months, a year before",
                                        "blue",
                                        new long[] {2, 5},
                                        new String[2],
                                        true)))
                .getInnerHtml();
        assertThat(html).contains("stroke-dasharray:5 4");
        assertThat(html)
                .as("dots for the year's lines only")
                .containsOnlyOnce("aria-label=\"New prospects, Jan 26: 3\"");
        assertThat(html).doesNotContain("a year before, Jan 26");
        assertThat(html).contains(">New prospects of the same months, a year before<");
        assertThat(html).as("the third name on a second line").contains("y=\"33\"");
    }
}
