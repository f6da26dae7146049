package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Pictures drawn on the server as inline SVG: horizontal bars and a heat map here, a funnel, a stacked bar and lines
 * beside ({@link FunnelChart}, {@link StackedBar}, {@link LineChart}). Own writer rather than a charting library: a
 * few shapes, colours from the Lumo theme (so light and dark both read), links on every bar and cell, and nothing to
 * load in the browser. Every text is escaped; the numbers are also in a table beside each picture.
 * A picture is a labelled {@code figure}, not an {@code img}: its bars are links, and an image's parts are hidden
 * from screen readers (axe: nested-interactive); each link is named with its label and number.
 */
public final class SvgCharts {

    static final int WIDTH = 500;
    static final int ROW = 26;
    static final int LABEL = 160;

    /**
     * One bar: its label, its value, the text after it, and where a click leads (null: nowhere); {@code part} of it
     * drawn in the success colour (e.g. the hired among those who came in), 0 for none.
     */
    public record Bar(String label, double value, String valueText, String href, double part) {

        public Bar(String label, double value, String valueText, String href) {
            this(label, value, valueText, href, 0);
        }
    }

    private SvgCharts() {}

    public static Html bars(String title, List<Bar> bars) {
        return bars(title, bars, null, null);
    }

    /** Bars with a part of each in the success colour, and a legend naming the whole and the part. */
    public static Html bars(String title, List<Bar> bars, @Nullable String wholeWord, @Nullable String partWord) {
        return bars(title, bars, wholeWord, partWord, WIDTH, LABEL, 0);
    }

    /** The same bars for a phone: each label above its bar, the whole 320 px wide. */
    public static Html narrowBars(String title, List<Bar> bars, @Nullable String wholeWord, @Nullable String partWord) {
        return bars(title, bars, wholeWord, partWord, 320, 4, 18);
    }

    private static Html bars(
            String title,
            List<Bar> bars,
            @Nullable String wholeWord,
            @Nullable String partWord,
            int width,
            int left,
            int labelAbove) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int room = width - left - 140;
        int legend = wholeWord == null ? 0 : 24;
        int height = legend + bars.size() * (ROW + labelAbove) + 8;
        var svg = open(title, width, height);
        if (wholeWord != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='6' width='14' height='12' style='fill:var(--lumo-primary-color)'/>"
                            + "<text x='%d' y='16' style='fill:var(--lumo-body-text-color);font-size:12px'>%s</text>"
                            + "<rect x='%d' y='6' width='14' height='12' style='fill:var(--lumo-success-color)'/>"
                            + "<text x='%d' y='16' style='fill:var(--lumo-body-text-color);font-size:12px'>%s</text>",
                    left,
                    left + 20,
                    escape(wholeWord),
                    left + 30 + 8 * wholeWord.length(),
                    left + 50 + 8 * wholeWord.length(),
                    escape(partWord)));
        }
        int y = 4 + legend;
        for (Bar bar : bars) {
            double length = max == 0 ? 0 : room * bar.value() / max;
            int top = y + labelAbove;
            svg.append(link(bar.href(), bar.label() + ": " + bar.valueText()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='%s' style='fill:var(--lumo-body-text-color);"
                            + "font-size:13px'>%s</text>",
                    labelAbove == 0 ? left - 8 : left,
                    labelAbove == 0 ? y + 17 : y + 13,
                    labelAbove == 0 ? "end" : "start",
                    escape(bar.label())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='%.1f' height='%d' rx='3' style='fill:var(--lumo-primary-color)'>"
                            + "<title>%s: %s</title></rect>",
                    left,
                    top + 4,
                    Math.max(length, 1.5),
                    ROW - 8,
                    escape(bar.label()),
                    escape(bar.valueText())));
            if (bar.part() > 0 && max > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%d' y='%d' width='%.1f' height='%d' rx='3' style='fill:var(--lumo-success-color)'/>",
                        left,
                        top + 4,
                        Math.max(room * bar.part() / max, 1.5),
                        ROW - 8));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%.1f' y='%d' style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    left + Math.max(length, 1.5) + 6,
                    top + 17,
                    escape(bar.valueText())));
            svg.append(bar.href() == null ? "" : "</a>");
            y += ROW + labelAbove;
        }
        return close(svg);
    }

    /** The words a heat map needs besides its labels: a silent row's mark and the legend's two ends. */
    public record HeatWords(String silent, String fewer, String more) {}

    /**
     * A grid of cells shaded by value, with a legend of the shades; a row without any value is marked silent in words
     * as well as by its pale cells. Column headers stand upright, wrapped onto two lines. {@code hrefs[r][c]} null
     * where a cell leads nowhere.
     */
    public static Html heatMap(
            String title,
            List<String> rows,
            List<String> columns,
            double[][] values,
            String[][] texts,
            String[][] hrefs,
            HeatWords words) {
        int cell = 64;
        int high = 34;
        int top = 44;
        int width = LABEL + columns.size() * cell + 8;
        int height = top + rows.size() * high + 48;
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        var svg = open(title, width, height);
        for (int c = 0; c < columns.size(); c++) {
            header(svg, columns.get(c), LABEL + c * cell + cell / 2, cell - 4);
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * high;
            boolean silent = java.util.Arrays.stream(values[r]).allMatch(v -> v == 0);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='end' style='fill:var(--lumo-body-text-color);font-size:13px'>"
                            + "%s</text>",
                    LABEL - 8,
                    y + high / 2 + (silent ? -1 : 5),
                    escape(rows.get(r))));
            if (silent) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x='%d' y='%d' text-anchor='end' style='fill:var(--lumo-error-text-color);"
                                + "font-size:12px'>%s</text>",
                        LABEL - 8,
                        y + high / 2 + 13,
                        escape(words.silent())));
            }
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
                        high - 2,
                        values[r][c] == 0 ? 0.0 : 0.12 + 0.88 * share,
                        escape(rows.get(r)),
                        escape(columns.get(c)),
                        escape(texts[r][c])));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x='%d' y='%d' text-anchor='middle' style='fill:%s;font-size:12px;pointer-events:none'>"
                                + "%s</text>",
                        LABEL + c * cell + cell / 2,
                        y + high / 2 + 4,
                        values[r][c] == 0
                                ? "var(--lumo-secondary-text-color)"
                                : share > 0.55 ? "var(--lumo-primary-contrast-color)" : "var(--lumo-body-text-color)",
                        escape(texts[r][c])));
                svg.append(hrefs[r][c] == null ? "" : "</a>");
            }
        }
        legend(svg, LABEL, top + rows.size() * high + 14, max, words);
        return close(svg);
    }

    /** A column's name upright over its cells: on two lines where it has a space or hyphen, squeezed if still long. */
    private static void header(StringBuilder svg, String name, int x, int room) {
        String[] lines = twoLines(name);
        for (int i = 0; i < lines.length; i++) {
            boolean squeeze = lines[i].length() * 6.6 > room;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='middle'%s style='fill:var(--lumo-secondary-text-color);"
                            + "font-size:12px'>%s</text>",
                    x,
                    (lines.length == 1 ? 30 : 16) + i * 14,
                    squeeze ? " textLength='" + room + "' lengthAdjust='spacingAndGlyphs'" : "",
                    escape(lines[i])));
        }
    }

    static String[] twoLines(String name) {
        if (name.length() <= 9) {
            return new String[] {name};
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if ((ch == ' ' || ch == '-') && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0) {
            return new String[] {name};
        }
        String first = name.charAt(best) == '-' ? name.substring(0, best + 1) : name.substring(0, best);
        return new String[] {first, name.substring(best + 1)};
    }

    /** Five shades from the least to the most, between the legend's words, with the numbers they stand for. */
    private static void legend(StringBuilder svg, int x, int y, double max, HeatWords words) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x='%d' y='%d' text-anchor='end' style='fill:var(--lumo-secondary-text-color);font-size:12px'>"
                        + "%s 1</text>",
                x - 8,
                y + 13,
                escape(words.fewer())));
        for (int i = 0; i < 5; i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%d' width='28' height='18' rx='2' "
                            + "style='fill:var(--lumo-primary-color);fill-opacity:%.2f;stroke:var(--lumo-contrast-20pct)'/>",
                    x + i * 30,
                    y,
                    0.12 + 0.88 * i / 4));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x='%d' y='%d' style='fill:var(--lumo-secondary-text-color);font-size:12px'>%s %s</text>",
                x + 5 * 30 + 6,
                y + 13,
                String.format(Locale.ROOT, "%.0f", max),
                escape(words.more())));
    }

    /**
     * A picture at its own size in pixels, never scaled: its text stays at least 12 px on a phone, where the picture
     * scrolls sideways inside its frame if it is wider than the screen.
     */
    static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<div class='chart'><svg xmlns='http://www.w3.org/2000/svg' "
                        + "role='figure' aria-label='%s' viewBox='0 0 %d %d' width='%d' height='%d'><title>%s</title>",
                escape(title),
                width,
                height,
                width,
                height,
                escape(title)));
    }

    private static final String HREF = "event.target.closest('a')?.getAttribute('href') ?? ''";

    /**
     * The chart follows its own links, within the app: an SVG link's {@code target} is not a string, which Vaadin's
     * link handler on the document cannot read (a console error, then a full page load).
     */
    static Html close(StringBuilder svg) {
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

    static String link(String href, String name) {
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
