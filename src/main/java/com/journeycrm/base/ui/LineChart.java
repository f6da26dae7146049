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
    static final int TOP = 34;

    /** A line: its name, its colour (Lumo), a value per point, and per point the list it opens (null: none). */
    public record Series(String name, String colour, long[] values, String[] hrefs) {}

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
        int height = TOP + PLOT + 40;
        var svg = SvgCharts.open(title, width, height);
        legend(svg, series);
        for (int g = 0; g <= 4; g++) {
            double y = TOP + PLOT - PLOT * g / 4.0;
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
                    TOP + PLOT + 20,
                    SvgCharts.escape(points.get(p))));
        }
        for (Series s : series) {
            var path = new StringBuilder();
            for (int p = 0; p < s.values().length; p++) {
                path.append(p == 0 ? "M" : " L")
                        .append(x(p))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.1f", y(s.values()[p], scale)));
            }
            svg.append(String.format("<path d='%s' style='fill:none;stroke:%s;stroke-width:2.5'/>", path, s.colour()));
            for (int p = 0; p < s.values().length; p++) {
                String name = s.name() + ", " + points.get(p) + ": " + s.values()[p];
                svg.append(SvgCharts.link(s.hrefs()[p], name));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx='%d' cy='%.1f' r='4.5' style='fill:%s;stroke:var(--lumo-base-color)'>"
                                + "<title>%s</title></circle>",
                        x(p),
                        y(s.values()[p], scale),
                        s.colour(),
                        SvgCharts.escape(name)));
                svg.append(s.hrefs()[p] == null ? "" : "</a>");
            }
        }
        return SvgCharts.close(svg);
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int x = LEFT;
        for (Series s : series) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='8' width='16' height='4' style='fill:%s'/>"
                            + "<text x='%d' y='15' style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    x,
                    s.colour(),
                    x + 22,
                    SvgCharts.escape(s.name())));
            x += 30 + 8 * s.name().length();
        }
    }

    private static int x(int point) {
        return LEFT + STEP / 2 + point * STEP;
    }

    private static double y(long value, long scale) {
        return TOP + PLOT - PLOT * (double) value / scale;
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
