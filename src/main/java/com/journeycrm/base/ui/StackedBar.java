package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/** Parts of one whole as one bar, each part as wide as its share and in its own colour, named in a legend below. */
public final class StackedBar {

    /** Narrow enough for a phone: a bar needs no labels beside it, its legend is below. */
    static final int WIDTH = 320;

    static final int BAR = 30;
    static final int LINE = 22;

    /** A part: its label, its value, the text the legend gives it, the list it opens, and a Lumo colour. */
    public record Part(String label, long value, String valueText, String href, String colour) {}

    private StackedBar() {}

    public static Html of(String title, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::value).sum();
        int height = BAR + 14 + parts.size() * LINE;
        var svg = SvgCharts.open(title, WIDTH, height);
        double x = 0;
        for (Part part : parts) {
            double width = total == 0 ? 0 : (WIDTH - 2) * (double) part.value() / total;
            if (width > 0) {
                svg.append(SvgCharts.link(part.href(), part.label() + ": " + part.valueText()));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%.1f' y='2' width='%.1f' height='%d' style='fill:%s;stroke:var(--lumo-base-color)'>"
                                + "<title>%s: %s</title></rect>",
                        x + 1,
                        width,
                        BAR,
                        part.colour(),
                        SvgCharts.escape(part.label()),
                        SvgCharts.escape(part.valueText())));
                svg.append(part.href() == null ? "" : "</a>");
            }
            x += width;
        }
        int y = BAR + 14;
        for (Part part : parts) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='1' y='%d' width='14' height='14' rx='2' style='fill:%s'/>"
                            + "<text x='22' y='%d' style='fill:var(--lumo-body-text-color);font-size:13px'>%s: %s</text>",
                    y,
                    part.colour(),
                    y + 12,
                    SvgCharts.escape(part.label()),
                    SvgCharts.escape(part.valueText())));
            y += LINE;
        }
        return SvgCharts.close(svg);
    }
}
