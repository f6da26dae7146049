package com.journeycrm.insight.ui;

import com.journeycrm.insight.Figure;
import com.journeycrm.insight.Insights;
import com.journeycrm.insight.Insights.Headline;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The top of the Insights view, read in a minute: where the journey breaks (the three largest leaks of the funnel,
 * the quietest stage, the clients slipping away between engagements), and the period's headline numbers against the
 * period before — each a link to its list, the previous one too.
 */
final class HeadlineStrip extends Composite<Div> {

    private final Insights now;
    private final Insights.@Nullable Headline before;
    private final BiFunction<Figure, Object, String> link;
    private final BiFunction<Figure, Object, String> beforeLink;

    HeadlineStrip(
            Insights now,
            Insights.@Nullable Headline before,
            BiFunction<Figure, Object, String> link,
            BiFunction<Figure, Object, String> beforeLink) {
        this.now = now;
        this.before = before;
        this.link = link;
        this.beforeLink = beforeLink;
        getContent().addClassNames("insight", "wide", "headlines");
        getContent().add(new FigureHelp("insight.summary"), createBreaks(), createComparison());
    }

    private Component createBreaks() {
        var breaks = new Div();
        breaks.addClassName("breaks");
        leaks().forEach(breaks::add);
        quietestStage().ifPresent(breaks::add);
        long slipping = now.loop().quietNow();
        breaks.add(item(
                getTranslation("insight.summary.slipping", slipping),
                slipping == 0 ? null : link.apply(Figure.LOOP_QUIET, null)));
        return breaks;
    }

    /** The three steps that lose the largest share of the clients who got to them. */
    private List<Component> leaks() {
        var steps = now.funnel();
        record Leak(int step, long lost, double share) {}
        List<Leak> leaks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            long reached = steps.get(i).reached();
            long next = i + 1 < steps.size() ? steps.get(i + 1).reached() : now.hired();
            if (reached > 0 && reached > next) {
                leaks.add(new Leak(i, reached - next, (double) (reached - next) / reached));
            }
        }
        return leaks.stream()
                .sorted(Comparator.comparingDouble(Leak::share).reversed())
                .limit(3)
                .map(l -> {
                    var step = steps.get(l.step());
                    String to = l.step() + 1 < steps.size()
                            ? steps.get(l.step() + 1).stage()
                            : getTranslation("insight.funnel.hired");
                    return item(
                            getTranslation(
                                    "insight.summary.leak",
                                    step.stage(),
                                    to,
                                    FigureTable.count(l.lost()),
                                    InsightSections.percent(l.lost(), step.reached())),
                            link.apply(Figure.STOPPED, step.stageId()));
                })
                .toList();
    }

    /**
     * Of the stages clients were in during the period, the one with the fewest touch points per client — among the
     * stages a client moves on from (those of Time in stage: not Lost or Former, where silence is the end).
     */
    private java.util.Optional<Component> quietestStage() {
        var journeyStages = now.timeInStage().stream()
                .map(Insights.StageTime::stageId)
                .collect(java.util.stream.Collectors.toSet());
        return now.stagesNow().stream()
                .filter(s -> s.stayedIn() > 0 && journeyStages.contains(s.stageId()))
                .min(Comparator.comparingDouble(s -> touchPoints(s.stageId()) / (double) s.stayedIn()))
                .map(s -> item(
                        getTranslation(
                                "insight.summary.quietest",
                                s.stage(),
                                String.format(locale(), "%.1f", touchPoints(s.stageId()) / (double) s.stayedIn())),
                        link.apply(Figure.IN_STAGE, s.stageId())));
    }

    private long touchPoints(long stageId) {
        return now.journeyMap().stream()
                .filter(c -> c.stageId() == stageId)
                .mapToLong(Insights.HeatCell::touchPoints)
                .sum();
    }

    private Component createComparison() {
        var cards = new Div();
        cards.addClassName("comparison");
        Headline h = now.headline();
        Headline p = before;
        cards.add(
                count(
                        "insight.headline.newProspects",
                        h.newProspects(),
                        p == null ? null : p.newProspects(),
                        Figure.NEW_PROSPECT),
                count("insight.headline.hires", h.hires(), p == null ? null : p.hires(), Figure.HIRED),
                share("insight.headline.conversion", h.conversion(), p == null ? null : p.conversion()),
                days("insight.headline.daysToHire", h.daysToHire(), p == null ? null : p.daysToHire()),
                count("insight.headline.returns", h.returns(), p == null ? null : p.returns(), Figure.RETURNED),
                count("insight.headline.referred", h.referred(), p == null ? null : p.referred(), Figure.REFERRED));
        return cards;
    }

    /** A number of clients, its change since the period before, and both lists. */
    private Component count(String key, long value, @Nullable Long previous, Figure figure) {
        Component change = previous == null
                ? new Span()
                : change(
                        Long.compare(value, previous),
                        true,
                        previous == 0
                                ? signed(value - previous)
                                : getTranslation(
                                        "insight.headline.change",
                                        signed(value - previous),
                                        InsightSections.percentChange(value, previous)),
                        getTranslation("insight.headline.before", FigureTable.count(previous)),
                        previous == 0 ? null : beforeLink.apply(figure, null));
        return card(key, FigureTable.count(value), value == 0 ? null : link.apply(figure, null), change);
    }

    /** A share in per cent, its change in percentage points. */
    private Component share(String key, @Nullable Double value, @Nullable Double previous) {
        String shown = value == null ? "–" : String.format(locale(), "%.0f %%", 100 * value);
        Component change = value == null || previous == null
                ? new Span()
                : change(
                        Double.compare(Math.round(100 * value), Math.round(100 * previous)),
                        true,
                        getTranslation(
                                "insight.headline.points",
                                signed(Math.round(100 * value) - Math.round(100 * previous))),
                        getTranslation("insight.headline.before", String.format(locale(), "%.0f %%", 100 * previous)),
                        null);
        return card(key, shown, null, change);
    }

    /** Days, where fewer is better. */
    private Component days(String key, @Nullable Double value, @Nullable Double previous) {
        String shown = value == null ? "–" : getTranslation("insight.headline.days", Math.round(value));
        Component change = value == null || previous == null
                ? new Span()
                : change(
                        Long.compare(Math.round(value), Math.round(previous)),
                        false,
                        getTranslation("insight.headline.daysChange", signed(Math.round(value) - Math.round(previous))),
                        getTranslation(
                                "insight.headline.before",
                                getTranslation("insight.headline.days", Math.round(previous))),
                        null);
        return card(key, shown, null, change);
    }

    private Component card(String key, String value, @Nullable String href, Component change) {
        var number = href == null ? new Span(value) : new Anchor(href, value);
        if (number instanceof Anchor a) {
            a.getElement().setAttribute("router-link", true);
        }
        number.addClassName("headline-value");
        var label = new Span(getTranslation(key));
        label.addClassName("headline-label");
        var card = new Div(label, number, change);
        card.addClassName("headline");
        return card;
    }

    /**
     * An arrow, the change, and the period before (a link to its list where it has one): green where it got better,
     * red where worse; {@code upIsBetter} false for a number that should fall (days to hire).
     */
    private Component change(int direction, boolean upIsBetter, String text, String previous, @Nullable String href) {
        var arrow = new Span(direction > 0 ? "▲" : direction < 0 ? "▼" : "▶");
        arrow.getElement().setAttribute("aria-hidden", "true");
        boolean better = upIsBetter ? direction > 0 : direction < 0;
        var line = new Div(arrow, new Span(" " + text + " · "));
        Component before = href == null ? new Span(previous) : new Anchor(href, previous);
        if (before instanceof Anchor a) {
            a.getElement().setAttribute("router-link", true);
        }
        line.add(before);
        line.addClassNames("headline-change", direction == 0 ? "same" : better ? "better" : "worse");
        line.getElement()
                .setAttribute(
                        "title",
                        getTranslation(
                                direction == 0
                                        ? "insight.headline.same"
                                        : better ? "insight.headline.better" : "insight.headline.worse"));
        return line;
    }

    private Component item(String text, @Nullable String href) {
        Component item = href == null ? new Span(text) : new Anchor(href, text);
        if (item instanceof Anchor a) {
            a.getElement().setAttribute("router-link", true);
        }
        var row = new Div(item);
        row.addClassName("break");
        return row;
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : n < 0 ? "−" : "±") + FigureTable.count(Math.abs(n));
    }

    private Locale locale() {
        return getLocale();
    }
}
