package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * Series over the same points in time, as lines with a dot at each value (each dot the link to its list), a light
 * grid with the scale at the left, and a legend naming each line in its colour.
 */
public final class LineChart {

    static final int LEFT = 44;
    static final int STEP = 44;
    static final int PLOT = 180;
    /** The legend's line height: the plot starts below as many as its names need. */
    static final int LEGEND_LINE = 18;

    /**
     * A line: its name, its colour (Lumo), a value per point, and per point the list it opens (null: none); a
     * {@code faint} line (e.g. the year before) is dashed and pale, without dots.
     */
    public record Series(String name, String colour, long[] values, String[] hrefs, boolean faint) {

        public Series(String name, String colour, long[] values, String[] hrefs) {
            this(name, colour, values, hrefs, false);
        }
    }

    private LineChart() {}

    /** @param points the points' labels, e.g. the months, each under its values */
    public static Html of(String title, List<String> points, List<Series> series) {
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        long scale = niceCeiling(max);
        int width = Math.max(480, LEFT + points.size() * STEP + 16);
        int top = 16 + LEGEND_LINE * legendLines(series, width);
        int height = top + PLOT + 40;
        var svg = SvgCharts.open(title, width, height);
        legend(svg, series, width);
        for (int g = 0; g <= 4; g++) {
            double y = top + PLOT - PLOT * g / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' style='stroke:var(--lumo-contrast-10pct)'/>"
                            + "<text x='%d' y='%.1f' text-anchor='end' style='fill:var(--lumo-secondary-text-color);"
                            + "font-size:12px'>%d</text>",
                    LEFT,
                    y,
                    width - 8,
                    y,
                    LEFT - 6,
                    y + 4,
                    scale * g / 4));
        }
        for (int p = 0; p < points.size(); p++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='middle' style='fill:var(--lumo-secondary-text-color);"
                            + "font-size:12px'>%s</text>",
                    x(p),
                    top + PLOT + 20,
                    SvgCharts.escape(points.get(p))));
        }
        for (Series s : series) {
            var path = new StringBuilder();
            for (int p = 0; p < s.values().length; p++) {
                path.append(p == 0 ? "M" : " L")
                        .append(x(p))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.1f", y(s.values()[p], scale, top)));
            }
            svg.append(String.format(
                    "<path d='%s' style='fill:none;stroke:%s;stroke-width:%s'/>",
                    path, s.colour(), s.faint() ? "1.5;stroke-dasharray:5 4;stroke-opacity:0.55" : "2.5"));
            for (int p = 0; !s.faint() && p < s.values().length; p++) {
                String name = s.name() + ", " + points.get(p) + ": " + s.values()[p];
                svg.append(SvgCharts.link(s.hrefs()[p], name));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx='%d' cy='%.1f' r='4.5' style='fill:%s;stroke:var(--lumo-base-color)'>"
                                + "<title>%s</title></circle>",
                        x(p),
                        y(s.values()[p], scale, top),
                        s.colour(),
                        SvgCharts.escape(name)));
                svg.append(s.hrefs()[p] == null ? "" : "</a>");
            }
        }
        return SvgCharts.close(svg);
    }

    /** How wide a legend entry is: its swatch and its name at 13 px. */
    private static int entryWidth(Series s) {
        return 30 + 7 * s.name().length();
    }

    private static int legendLines(List<Series> series, int width) {
        int lines = 1;
        int x = LEFT;
        for (Series s : series) {
            if (x > LEFT && x + entryWidth(s) > width) {
                lines++;
                x = LEFT;
            }
            x += entryWidth(s);
        }
        return lines;
    }

    /** Each line's name in its colour, wrapping onto as many lines as the width needs. */
    private static void legend(StringBuilder svg, List<Series> series, int width) {
        int x = LEFT;
        int y = 8;
        for (Series s : series) {
            if (x > LEFT && x + entryWidth(s) > width) {
                x = LEFT;
                y += LEGEND_LINE;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='16' height='4' style='fill:%s%s'/>"
                            + "<text x='%d' y='%d' style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    x,
                    y,
                    s.colour(),
                    s.faint() ? ";fill-opacity:0.45" : "",
                    x + 22,
                    y + 7,
                    SvgCharts.escape(s.name())));
            x += entryWidth(s);
        }
    }

    private static int x(int point) {
        return LEFT + STEP / 2 + point * STEP;
    }

    private static double y(long value, long scale, int top) {
        return top + PLOT - PLOT * (double) value / scale;
    }

    /** A round top for the scale: 4, 8, 20, 40, 100… so that its quarters are whole numbers. */
    static long niceCeiling(long max) {
        long unit = 1;
        while (true) {
            for (long m : new long[] {4, 8, 20}) {
                if (m * unit >= max) {
                    return m * unit;
                }
            }
            unit *= 10;
        }
    }
}
