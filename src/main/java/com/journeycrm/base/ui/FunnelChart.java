package com.journeycrm.base.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * A funnel that shows where it leaks: each step a bar as long as the clients who got there, the loss to the next step
 * drawn as the shaded narrowing between them and written beside it, the largest loss marked in words and colour.
 */
public final class FunnelChart {

    static final int WIDTH = 660;
    static final int LABEL = 190;
    static final int BAR = 26;
    static final int GAP = 24;

    /** A step: its label, its clients, the text after its bar, and the list it opens. */
    public record Step(String label, long value, String valueText, String href) {}

    /** The loss from a step to the next, as written beside it (a link to who it lost); {@code largest}: the worst. */
    public record Drop(String text, boolean largest, String href) {}

    private FunnelChart() {}

    /**
     * The funnel for a wide screen: labels beside the bars.
     *
     * @param drops one fewer than the steps: {@code drops[i]} is the loss from step i to step i + 1
     */
    public static Html of(String title, List<Step> steps, List<Drop> drops) {
        return draw(title, steps, drops, new Layout(WIDTH, LABEL, 0, WIDTH - LABEL - 150));
    }

    /** The same funnel for a phone: each label above its bar, the whole 320 px wide. */
    public static Html narrow(String title, List<Step> steps, List<Drop> drops) {
        return draw(title, steps, drops, new Layout(NARROW, 4, 18, NARROW - 4 - 100));
    }

    static final int NARROW = 320;

    /** Where the bars start ({@code left}), how far down under its label ({@code labelAbove}), and their room. */
    private record Layout(int width, int left, int labelAbove, int room) {}

    private static Html draw(String title, List<Step> steps, List<Drop> drops, Layout at) {
        long max = steps.stream().mapToLong(Step::value).max().orElse(0);
        int row = at.labelAbove() + BAR;
        int height = steps.size() * row + Math.max(0, steps.size() - 1) * GAP + 8;
        var svg = SvgCharts.open(title, at.width(), height);
        int y = 4;
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            double length = length(step, max, at.room());
            if (i > 0) {
                drop(svg, drops.get(i - 1), length(steps.get(i - 1), max, at.room()), length, y - GAP, at);
            }
            svg.append(SvgCharts.link(step.href(), step.label() + ": " + step.valueText()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='%s' style='fill:var(--lumo-body-text-color);font-size:13px'>"
                            + "%s</text><rect x='%d' y='%d' width='%.1f' height='%d' rx='3'"
                            + " style='fill:var(--lumo-primary-color)'><title>%s: %s</title></rect>"
                            + "<text x='%.1f' y='%d' style='fill:var(--lumo-body-text-color);font-size:13px'>%s</text>",
                    at.labelAbove() == 0 ? at.left() - 8 : at.left(),
                    at.labelAbove() == 0 ? y + 18 : y + 13,
                    at.labelAbove() == 0 ? "end" : "start",
                    SvgCharts.escape(step.label()),
                    at.left(),
                    y + at.labelAbove() + 2,
                    length,
                    BAR - 4,
                    SvgCharts.escape(step.label()),
                    SvgCharts.escape(step.valueText()),
                    at.left() + length + 6,
                    y + at.labelAbove() + 18,
                    SvgCharts.escape(step.valueText())));
            svg.append(step.href() == null ? "" : "</a>");
            y += row + GAP;
        }
        return SvgCharts.close(svg);
    }

    private static double length(Step step, long max, int room) {
        return Math.max(max == 0 ? 0 : room * (double) step.value() / max, 1.5);
    }

    /**
     * The narrowing from one bar's end to the next one's, shaded, and the loss written in the gap: beside the
     * narrowing on a wide screen, over it on a phone.
     */
    private static void drop(StringBuilder svg, Drop drop, double from, double to, int top, Layout at) {
        int left = at.left();
        int next = at.labelAbove();
        String colour = drop.largest() ? "var(--lumo-error-color)" : "var(--lumo-contrast-30pct)";
        svg.append(SvgCharts.link(drop.href(), drop.text()));
        svg.append(String.format(
                Locale.ROOT,
                "<polygon points='%.1f,%d %.1f,%d %.1f,%d %d,%d %d,%d' style='fill:%s;fill-opacity:%s'/>"
                        + "<text x='%.1f' y='%d' style='fill:%s;font-size:12px;font-weight:%s'>%s</text>",
                (double) left,
                top - 2,
                left + from,
                top - 2,
                left + to,
                top + GAP + 2 + next,
                left,
                top + GAP + 2 + next,
                left,
                top - 2,
                colour,
                drop.largest() ? "0.35" : "0.25",
                next == 0 ? left + Math.max(from, to) + 8 : left + 4.0,
                top + GAP / 2 + 5,
                drop.largest() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)",
                drop.largest() ? "600" : "400",
                SvgCharts.escape(drop.text())));
        svg.append(drop.href() == null ? "" : "</a>");
    }
}
