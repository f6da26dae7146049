package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How long things take, per row: a solid bar to the median and a pale one on to the 90th percentile, the two numbers
 * after it, and a legend naming both.
 */
public final class RangeChart {

    static final int WIDTH = 500;
    static final int LABEL = 160;
    static final int ROW = 26;

    /** A row: its label, its median and 90th percentile (null: nothing to show), and the text after the bars. */
    public record Row(
            String label, @Nullable Double median, @Nullable Double p90, String text) {}

    private RangeChart() {}

    /** @param legend the words for the median's bar and the 90th percentile's */
    public static Html of(String title, List<Row> rows, String medianWord, String p90Word) {
        double max = rows.stream()
                .map(Row::p90)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        int room = WIDTH - LABEL - 110;
        int height = 28 + rows.size() * ROW + 4;
        var svg = SvgCharts.open(title, WIDTH, height);
        svg.append(String.format(
                Locale.ROOT,
                "<rect x='%d' y='6' width='14' height='12' style='fill:var(--lumo-primary-color)'/>"
                        + "<text x='%d' y='16' style='fill:var(--lumo-body-text-color);font-size:12px'>%s</text>"
                        + "<rect x='%d' y='6' width='14' height='12' style='fill:var(--lumo-primary-color);"
                        + "fill-opacity:0.3'/><text x='%d' y='16' style='fill:var(--lumo-body-text-color);"
                        + "font-size:12px'>%s</text>",
                LABEL,
                LABEL + 20,
                SvgCharts.escape(medianWord),
                LABEL + 30 + 8 * medianWord.length(),
                LABEL + 50 + 8 * medianWord.length(),
                SvgCharts.escape(p90Word)));
        int y = 28;
        for (Row row : rows) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='end' style='fill:var(--lumo-body-text-color);font-size:13px'>"
                            + "%s</text>",
                    LABEL - 8,
                    y + 17,
                    SvgCharts.escape(row.label())));
            double end = LABEL;
            if (row.median() != null && row.p90() != null && max > 0) {
                double median = room * row.median() / max;
                double p90 = room * row.p90() / max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%d' y='%d' width='%.1f' height='%d' rx='2' style='fill:var(--lumo-primary-color);"
                                + "fill-opacity:0.3'/><rect x='%d' y='%d' width='%.1f' height='%d' rx='2'"
                                + " style='fill:var(--lumo-primary-color)'><title>%s: %s</title></rect>",
                        LABEL,
                        y + 5,
                        Math.max(p90, 1.5),
                        ROW - 10,
                        LABEL,
                        y + 5,
                        Math.max(median, 1.5),
                        ROW - 10,
                        SvgCharts.escape(row.label()),
                        SvgCharts.escape(row.text())));
                end = LABEL + Math.max(p90, 1.5);
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%.1f' y='%d' style='fill:var(--lumo-secondary-text-color);font-size:12px'>%s</text>",
                    end + 6,
                    y + 17,
                    SvgCharts.escape(row.text())));
            y += ROW;
        }
        return SvgCharts.close(svg);
    }
}
