package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;

/**
 * Pictures drawn on the server as inline SVG: horizontal bars and a heat map. Own writer rather than a charting
 * library: two shapes, colours from the Lumo theme (so light and dark both read), links on every bar and cell, and
 * nothing to load in the browser. Every text is escaped; the numbers are also in a table beside each picture.
 * A picture is a labelled {@code figure}, not an {@code img}: its bars are links, and an image's parts are hidden
 * from screen readers (axe: nested-interactive); each link is named with its label and number.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    static final int ROW = 26;
    static final int LABEL = 190;

    /** One bar: its label, its value, the text after it, and where a click leads (null: nowhere). */
    public record Bar(String label, double value, String valueText, String href) {}

    private SvgCharts() {}

    public static Html bars(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = bars.size() * ROW + 8;
        var svg = open(title, WIDTH, height);
        int y = 4;
        for (Bar bar : bars) {
            double length = max == 0 ? 0 : (WIDTH - LABEL - 110) * bar.value() / max;
            svg.append(link(bar.href(), bar.label() + ": " + bar.valueText()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='end' style='fill:var(--lumo-body-text-color);"
                            + "font-size:13px'>%s</text>",
                    LABEL - 8,
                    y + 17,
                    escape(bar.label())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='%.1f' height='%d' rx='3' style='fill:var(--lumo-primary-color)'>"
                            + "<title>%s: %s</title></rect>",
                    LABEL,
                    y + 4,
                    Math.max(length, 1.5),
                    ROW - 8,
                    escape(bar.label()),
                    escape(bar.valueText())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%.1f' y='%d' style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    LABEL + Math.max(length, 1.5) + 6,
                    y + 17,
                    escape(bar.valueText())));
            svg.append(bar.href() == null ? "" : "</a>");
            y += ROW;
        }
        return close(svg);
    }

    /** A grid of cells shaded by value; {@code hrefs[r][c]} null where a cell leads nowhere. */
    public static Html heatMap(
            String title,
            List<String> rows,
            List<String> columns,
            double[][] values,
            String[][] texts,
            String[][] hrefs) {
        int cell = 44;
        int top = 92;
        int width = LABEL + columns.size() * cell + 8;
        int height = top + rows.size() * cell + 8;
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        var svg = open(title, width, height);
        for (int c = 0; c < columns.size(); c++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text transform='translate(%d,%d) rotate(-50)' "
                            + "style='fill:var(--lumo-secondary-text-color);font-size:12px'>%s</text>",
                    LABEL + c * cell + cell / 2,
                    top - 6,
                    escape(columns.get(c))));
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * cell;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='end' "
                            + "style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    LABEL - 8,
                    y + cell / 2 + 5,
                    escape(rows.get(r))));
            for (int c = 0; c < columns.size(); c++) {
                double share = max == 0 ? 0 : values[r][c] / max;
                svg.append(link(hrefs[r][c], rows.get(r) + ", " + columns.get(c) + ": " + texts[r][c]));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%d' y='%d' width='%d' height='%d' rx='3' "
                                + "style='fill:var(--lumo-primary-color);fill-opacity:%.2f;stroke:var(--lumo-contrast-20pct)'>"
                                + "<title>%s, %s: %s</title></rect>",
                        LABEL + c * cell + 1,
                        y + 1,
                        cell - 2,
                        cell - 2,
                        values[r][c] == 0 ? 0.0 : 0.12 + 0.88 * share,
                        escape(rows.get(r)),
                        escape(columns.get(c)),
                        escape(texts[r][c])));
                if (values[r][c] > 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x='%d' y='%d' text-anchor='middle' style='fill:%s;"
                                    + "font-size:12px;pointer-events:none'>%s</text>",
                            LABEL + c * cell + cell / 2,
                            y + cell / 2 + 4,
                            share > 0.55 ? "var(--lumo-primary-contrast-color)" : "var(--lumo-body-text-color)",
                            escape(texts[r][c])));
                }
                svg.append(hrefs[r][c] == null ? "" : "</a>");
            }
        }
        return close(svg);
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<div class='chart'><svg xmlns='http://www.w3.org/2000/svg' "
                        + "role='figure' aria-label='%s' viewBox='0 0 %d %d' width='100%%' style='max-width:%dpx'><title>%s</title>",
                escape(title),
                width,
                height,
                width,
                escape(title)));
    }

    private static final String HREF = "event.target.closest('a')?.getAttribute('href') ?? ''";

    /**
     * The chart follows its own links, within the app: an SVG link's {@code target} is not a string, which Vaadin's
     * link handler on the document cannot read (a console error, then a full page load).
     */
    private static Html close(StringBuilder svg) {
        var chart = new Html(svg.append("</svg></div>").toString());
        chart.getElement()
                .addEventListener("click", e -> {
                    String href = e.getEventData().get(HREF).asString();
                    int query = href.indexOf('?');
                    chart.getUI()
                            .ifPresent(ui -> ui.navigate(
                                    query < 0 ? href : href.substring(0, query),
                                    query < 0
                                            ? QueryParameters.empty()
                                            : QueryParameters.fromString(href.substring(query + 1))));
                })
                .addEventData(HREF)
                .setFilter("event.target.closest('a') != null")
                .preventDefault()
                .stopPropagation();
        return chart;
    }

    private static String link(String href, String name) {
        return href == null ? "" : "<a href='" + escape(href) + "' aria-label='" + escape(name) + "'>";
    }

    /** XML text and attribute escaping: user-named stages and clients are text, never markup. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch < 0x20 && ch != '\t' && ch != '\n' ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
