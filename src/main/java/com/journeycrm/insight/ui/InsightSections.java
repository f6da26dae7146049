package com.journeycrm.insight.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FunnelChart;
import com.journeycrm.base.ui.LineChart;
import com.journeycrm.base.ui.RangeChart;
import com.journeycrm.base.ui.StackedBar;
import com.journeycrm.base.ui.SvgCharts;
import com.journeycrm.base.ui.SvgCharts.Bar;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Figure;
import com.journeycrm.insight.Insights;
import com.journeycrm.insight.Insights.FunnelStep;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.insight.ui.FigureTable.Cell;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Each section of the Insights view: a picture, its table, links to the clients behind each number. */
final class InsightSections {

    private final Insights insights;
    /** The period before's headline numbers, to compare each step's conversion with; null for none. */
    private final Insights.@Nullable Headline before;
    /** The period before is the year before: the trends draw its months behind this year's. */
    private final boolean yearBefore;

    private final BiFunction<Figure, Object, String> link;
    private final BiFunction<Figure, YearMonth, String> monthLink;

    InsightSections(
            Insights insights,
            Insights.@Nullable Headline before,
            boolean yearBefore,
            BiFunction<Figure, Object, String> link,
            BiFunction<Figure, YearMonth, String> monthLink) {
        this.insights = insights;
        this.before = before;
        this.yearBefore = yearBefore;
        this.link = link;
        this.monthLink = monthLink;
    }

    List<Component> all() {
        return List.of(funnel(), decisions(), loop(), referrals(), sources(), journeyMap(), timeInStage(), trends());
    }

    /** A section: its title with how it is counted one click away ({@link FigureHelp}), its definition, its content. */
    static Div section(String key, Component... content) {
        var section = new Div(new FigureHelp(key), new Paragraph(t(key + ".definition")));
        section.add(content);
        for (Component c : content) {
            if (c instanceof FigureTable table) {
                section.add(table.download());
            }
        }
        section.addClassName("insight");
        return section;
    }

    private Cell cell(long n, Figure figure, Object key) {
        return new Cell(n, n == 0 ? null : link.apply(figure, key));
    }

    /** A month's number lists its clients: the same figure over that month alone. */
    private Cell monthCell(long n, Figure figure, YearMonth month) {
        return new Cell(n, n == 0 ? null : monthLink.apply(figure, month));
    }

    /** A text of the Insights view in the user's language. */
    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(locale(), "%.0f\u00a0%%", 100.0 * part / whole);
    }

    /** "+14 %" or "−8 %": how much a count changed against the one before (not zero). */
    static String percentChange(long now, long before) {
        double change = 100.0 * (now - before) / before;
        return String.format(locale(), "%s%.0f\u00a0%%", change > 0 ? "+" : change < 0 ? "−" : "±", Math.abs(change));
    }

    static String days(Double d) {
        return d == null ? "–" : String.format(locale(), "%.1f", d);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    Component funnel() {
        var steps = insights.funnel();
        long first = steps.isEmpty() ? 0 : steps.getFirst().reached();
        List<FunnelChart.Step> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FunnelStep s = steps.get(i);
            long next = i + 1 < steps.size() ? steps.get(i + 1).reached() : insights.hired();
            bars.add(new FunnelChart.Step(
                    s.stage(),
                    s.reached(),
                    FigureTable.count(s.reached()) + " · " + percent(s.reached(), first),
                    link.apply(Figure.REACHED, s.stageId())));
            rows.add(List.of(
                    s.stage(),
                    cell(s.entered(), Figure.ENTERED, s.stageId()),
                    cell(s.reached(), Figure.REACHED, s.stageId()),
                    percent(next, s.reached()),
                    beforeToNext(i),
                    percent(s.reached(), first),
                    cell(s.notNow(), Figure.STOPPED_NOT_NOW, s.stageId()),
                    cell(s.lost(), Figure.STOPPED_LOST, s.stageId()),
                    cell(s.stillThere(), Figure.STOPPED_STILL_THERE, s.stageId())));
        }
        bars.add(new FunnelChart.Step(
                t("insight.funnel.hired"),
                insights.hired(),
                FigureTable.count(insights.hired()) + " · " + percent(insights.hired(), first),
                link.apply(Figure.HIRED, null)));
        rows.add(List.of(
                t("insight.funnel.hired"),
                cell(insights.hired(), Figure.HIRED, null),
                "",
                "",
                "",
                percent(insights.hired(), first),
                "",
                "",
                ""));
        var funnel = section(
                "insight.funnel",
                onWide(FunnelChart.of(t("insight.funnel.chart"), bars, drops(bars, stopLinks(steps)))),
                onPhone(FunnelChart.narrow(t("insight.funnel.chart"), bars, drops(bars, stopLinks(steps)))),
                new FigureTable(
                        t("insight.funnel"),
                        List.of(
                                t("insight.funnel.step"),
                                t("insight.funnel.entered"),
                                t("insight.funnel.reached"),
                                t("insight.funnel.toNext"),
                                t("insight.funnel.toNextBefore"),
                                t("insight.funnel.fromFirst"),
                                t("enum.Outcome.NOT_NOW"),
                                t("insight.funnel.lost"),
                                t("insight.funnel.stillThere")),
                        rows));
        funnel.addClassName("wide");
        return funnel;
    }

    /** The step's conversion in the period before, and whether this period's is better ("▲ 60 %"), or "–". */
    private String beforeToNext(int step) {
        var funnel = insights.funnel();
        Double then = before == null ? null : before.toNext(funnel, step);
        Double now = insights.headline().toNext(funnel, step);
        if (then == null) {
            return "–";
        }
        long a = Math.round(100 * (now == null ? 0 : now));
        long b = Math.round(100 * then);
        return (a > b ? "▲ " : a < b ? "▼ " : "") + String.format(locale(), "%d\u00a0%%", b);
    }

    /** Per funnel step, the list of the clients it lost: who got no further and were not hired. */
    private List<String> stopLinks(List<FunnelStep> steps) {
        return steps.stream().map(s -> link.apply(Figure.STOPPED, s.stageId())).toList();
    }

    /** A part of the loop's bar: its clients, their share of the arrivals, and their list (none for the rest). */
    private StackedBar.Part loopPart(String key, long clients, @Nullable Figure figure, String colour) {
        long entered = insights.loop().entered();
        return new StackedBar.Part(
                t(key),
                clients,
                FigureTable.count(clients) + " · " + percent(clients, entered),
                figure == null || clients == 0 ? null : link.apply(figure, null),
                colour);
    }

    /** A picture for a wide screen, hidden on a phone, which gets its own drawing ({@link #onPhone}). */
    private static Component onWide(Component picture) {
        picture.getElement().getClassList().add("for-wide");
        return picture;
    }

    private static Component onPhone(Component picture) {
        picture.getElement().getClassList().add("for-phone");
        return picture;
    }

    /**
     * The loss from each step to the next, in clients and as a share of those who got to the step; the largest share
     * is the funnel's leak.
     */
    static List<FunnelChart.Drop> drops(List<FunnelChart.Step> steps, List<String> links) {
        int largest = -1;
        double worst = 0;
        for (int i = 0; i + 1 < steps.size(); i++) {
            long from = steps.get(i).value();
            double share = from == 0 ? 0 : (double) (from - steps.get(i + 1).value()) / from;
            if (share > worst) {
                worst = share;
                largest = i;
            }
        }
        List<FunnelChart.Drop> drops = new ArrayList<>();
        for (int i = 0; i + 1 < steps.size(); i++) {
            long from = steps.get(i).value();
            long lost = from - steps.get(i + 1).value();
            String text = t("insight.funnel.drop", FigureTable.count(lost), percent(lost, from));
            drops.add(new FunnelChart.Drop(
                    i == largest ? t("insight.funnel.leak", text) : text,
                    i == largest,
                    lost == 0 ? null : links.get(i)));
        }
        return drops;
    }

    Component decisions() {
        long total = insights.decisions().stream()
                .mapToLong(Insights.Decision::clients)
                .sum();
        List<List<Object>> rows = new ArrayList<>();
        List<StackedBar.Part> parts = new ArrayList<>();
        for (var d : insights.decisions()) {
            parts.add(new StackedBar.Part(
                    t(Translations.key(d.outcome())),
                    d.clients(),
                    FigureTable.count(d.clients()) + " · " + percent(d.clients(), total),
                    link.apply(Figure.DECIDED, d.outcome().name()),
                    switch (d.outcome()) {
                        case HIRED -> "var(--lumo-success-color)";
                        case NO_WAY -> "var(--lumo-error-color)";
                        default -> "var(--lumo-contrast-50pct)";
                    }));
            rows.add(List.of(
                    t(Translations.key(d.outcome())),
                    cell(d.clients(), Figure.DECIDED, d.outcome().name()),
                    percent(d.clients(), total),
                    String.join("; ", d.topReasons())));
        }
        rows.add(List.of(
                t("insight.decisions.notNowHired"),
                cell(insights.notNowThenHired(), Figure.NOT_NOW_THEN_HIRED, null),
                "",
                t("insight.decisions.medianLater", days(insights.notNowToHireMedianDays()))));
        return section(
                "insight.decisions",
                StackedBar.of(t("insight.decisions"), parts),
                new FigureTable(
                        t("insight.decisions"),
                        List.of(
                                t("insight.decisions.outcome"),
                                t("insight.clients"),
                                t("insight.share"),
                                t("insight.decisions.reasons")),
                        rows));
    }

    Component loop() {
        var loop = insights.loop();
        long waiting = loop.entered() - loop.returned() - loop.left() - loop.waitingQuiet();
        return section(
                "insight.loop",
                StackedBar.of(
                        t("insight.loop.chart"),
                        List.of(
                                loopPart(
                                        "insight.loop.back",
                                        loop.returned(),
                                        Figure.LOOP_RETURNED,
                                        "var(--lumo-success-color)"),
                                loopPart("insight.loop.left", loop.left(), Figure.LOOP_LEFT, "var(--lumo-error-color)"),
                                loopPart(
                                        "insight.loop.waitingQuiet",
                                        loop.waitingQuiet(),
                                        Figure.LOOP_WAITING_QUIET,
                                        "var(--lumo-contrast-60pct)"),
                                loopPart("insight.loop.waiting", waiting, null, "var(--lumo-contrast-20pct)"))),
                new FigureTable(
                        t("insight.loop"),
                        List.of(t("insight.figure"), t("insight.clients")),
                        List.of(
                                List.of(t("insight.loop.arrived"), cell(loop.entered(), Figure.LOOP_ENTERED, null)),
                                List.of(
                                        t(
                                                "insight.loop.cameBack",
                                                percent(loop.returned(), loop.entered()),
                                                days(loop.medianGapDays())),
                                        cell(loop.returned(), Figure.LOOP_RETURNED, null)),
                                List.of(t("insight.loop.repeat"), cell(loop.repeatClients(), Figure.REPEAT, null)),
                                List.of(t("insight.loop.quiet"), cell(loop.quietNow(), Figure.LOOP_QUIET, null)))));
    }

    Component referrals() {
        var r = insights.referrals();
        List<List<Object>> rows = new ArrayList<>(List.of(
                List.of(t("insight.referrals.advocates"), cell(r.advocates(), Figure.ADVOCATES, null)),
                List.of(t("insight.referrals.referred"), cell(r.referred(), Figure.REFERRED, null)),
                List.of(
                        t("insight.referrals.hired", percent(r.referredHired(), r.referred())),
                        cell(r.referredHired(), Figure.REFERRED_HIRED, null)),
                List.of(t("insight.crossSell.row"), cell(insights.crossSellRisk(), Figure.CROSS_SELL, null))));
        r.topReferrers()
                .forEach(top -> rows.add(List.of(
                        t("insight.referrals.top", top.name(), top.hired()),
                        cell(top.referred(), Figure.REFERRED, top.clientId()))));
        return section(
                "insight.referrals",
                new FigureTable(
                        t("insight.referrals.table"), List.of(t("insight.figure"), t("insight.clients")), rows));
    }

    Component sources() {
        List<Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (var s : insights.sources()) {
            bars.add(new Bar(
                    t(Translations.key(s.source())),
                    s.clients(),
                    t("insight.sources.bar", FigureTable.count(s.clients()), percent(s.hired(), s.clients())),
                    link.apply(Figure.SOURCE, s.source().name()),
                    s.hired()));
            rows.add(List.of(
                    t(Translations.key(s.source())),
                    cell(s.clients(), Figure.SOURCE, s.source().name()),
                    cell(s.hired(), Figure.SOURCE_HIRED, s.source().name()),
                    percent(s.hired(), s.clients())));
        }
        return section(
                "insight.sources",
                onWide(SvgCharts.bars(
                        t("insight.sources.chart"), bars, t("insight.sources.cameIn"), t("insight.funnel.hired"))),
                onPhone(SvgCharts.narrowBars(
                        t("insight.sources.chart"), bars, t("insight.sources.cameIn"), t("insight.funnel.hired"))),
                new FigureTable(
                        t("insight.sources"),
                        List.of(
                                t("insight.sources.source"),
                                t("insight.sources.cameIn"),
                                t("insight.funnel.hired"),
                                t("insight.sources.shareHired")),
                        rows));
    }

    Component journeyMap() {
        var stages = insights.stagesNow();
        var types = Arrays.asList(TouchPointType.values());
        List<Component> pictures = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            double[][] values = new double[stages.size()][types.size()];
            String[][] texts = new String[stages.size()][types.size()];
            String[][] hrefs = new String[stages.size()][types.size()];
            for (int r = 0; r < stages.size(); r++) {
                for (int c = 0; c < types.size(); c++) {
                    texts[r][c] = "0";
                }
            }
            for (HeatCell cell : insights.journeyMap()) {
                int r = indexOf(stages, cell.stageId());
                if (cell.direction() != direction || r < 0) {
                    continue;
                }
                int c = types.indexOf(cell.type());
                values[r][c] = cell.touchPoints();
                texts[r][c] = FigureTable.count(cell.touchPoints());
                hrefs[r][c] = link.apply(Figure.TOUCHED, cell.stageId() + ":" + cell.type() + ":" + direction);
            }
            String directionWords = t(Translations.key(direction));
            var map = new Div(new H4(directionWords));
            map.addClassName("heat-map");
            pictures.add(map);
            map.add(SvgCharts.heatMap(
                    t("insight.map.chart", directionWords),
                    stages.stream().map(StageNow::stage).toList(),
                    types.stream().map(type -> t(Translations.key(type))).toList(),
                    values,
                    texts,
                    hrefs,
                    new SvgCharts.HeatWords(t("insight.map.silent"), t("insight.map.fewer"), t("insight.map.more"))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (StageNow s : stages) {
            long touches = insights.journeyMap().stream()
                    .filter(c -> c.stageId() == s.stageId())
                    .mapToLong(HeatCell::touchPoints)
                    .sum();
            // a stage with clients and no touch point shows 0.0: the silent stage this column exists to show
            long inStage = s.stayedIn();
            rows.add(List.of(
                    s.stage(),
                    touches,
                    inStage == 0 ? "–" : String.format(locale(), "%.1f", (double) touches / inStage),
                    cell(s.clients(), Figure.IN_STAGE, s.stageId()),
                    cell(s.quiet(), Figure.QUIET, s.stageId()),
                    percent(s.quiet(), s.clients())));
        }
        var section = section("insight.map");
        var maps = new Div(pictures.toArray(Component[]::new));
        maps.addClassName("heat-maps");
        section.add(maps);
        var table = new FigureTable(
                t("insight.map"),
                List.of(
                        t("insight.stage"),
                        t("insight.map.touchPoints"),
                        t("insight.map.perClient"),
                        t("insight.map.clientsNow"),
                        t("board.mark.quiet"),
                        t("insight.map.shareQuiet")),
                rows);
        section.add(table, table.download());
        section.addClassName("wide");
        return section;
    }

    private static int indexOf(List<StageNow> stages, long stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).stageId() == stageId) {
                return i;
            }
        }
        return -1;
    }

    Component timeInStage() {
        List<List<Object>> rows = new ArrayList<>();
        for (var t : insights.timeInStage()) {
            // stays are not clients (one client may leave a stage twice): that number has no list of its own
            rows.add(List.of(
                    t.stage(),
                    t.endedStays(),
                    days(t.endedMedianDays()),
                    days(t.endedP90Days()),
                    cell(t.sitting(), Figure.IN_STAGE, t.stageId()),
                    days(t.sittingMedianDays()),
                    days(t.sittingP90Days())));
        }
        return section(
                "insight.time",
                RangeChart.of(
                        t("insight.time.chart"),
                        insights.timeInStage().stream()
                                .map(s -> new RangeChart.Row(
                                        s.stage(),
                                        s.endedMedianDays(),
                                        s.endedP90Days(),
                                        s.endedStays() == 0
                                                ? t("insight.time.noStays")
                                                : t(
                                                        "insight.time.range",
                                                        days(s.endedMedianDays()),
                                                        days(s.endedP90Days()))))
                                .toList(),
                        t("insight.time.median"),
                        t("insight.time.p90")),
                new FigureTable(
                        t("insight.time"),
                        List.of(
                                t("insight.stage"),
                                t("insight.time.staysEnded"),
                                t("insight.time.median"),
                                t("insight.time.p90"),
                                t("insight.time.sitting"),
                                t("insight.time.median"),
                                t("insight.time.p90")),
                        rows));
    }

    /** Every month from the first to the last with any, a line per trend, each dot opening its month's list. */
    private Component trendLines() {
        var trends = insights.trends();
        if (trends.isEmpty()) {
            return new Div();
        }
        YearMonth first = trends.getFirst().month();
        YearMonth last = trends.getLast().month();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        var byMonth = new java.util.HashMap<YearMonth, Insights.MonthTrend>();
        trends.forEach(m -> byMonth.put(m.month(), m));
        List<LineChart.Series> series = new ArrayList<>();
        String[] keys = {
            "insight.trends.newProspects", "insight.trends.hires", "insight.trends.returns", "insight.trends.losses"
        };
        String[] colours = {
            "var(--lumo-primary-color)",
            "var(--lumo-success-color)",
            "var(--lumo-contrast-60pct)",
            "var(--lumo-error-color)"
        };
        Figure[] figures = {Figure.NEW_PROSPECT, Figure.HIRED, Figure.RETURNED, Figure.LOST_OR_GONE};
        for (int s = 0; s < keys.length; s++) {
            long[] values = new long[months.size()];
            String[] hrefs = new String[months.size()];
            for (int i = 0; i < months.size(); i++) {
                var m = byMonth.get(months.get(i));
                values[i] = m == null ? 0 : new long[] {m.newProspects(), m.hires(), m.returns(), m.losses()}[s];
                hrefs[i] = values[i] == 0 ? null : monthLink.apply(figures[s], months.get(i));
            }
            series.add(new LineChart.Series(t(keys[s]), colours[s], values, hrefs));
        }
        if (yearBefore && before != null) {
            // new prospects and hires of the same months a year earlier, faint behind
            for (int s = 0; s < 2; s++) {
                long[] values = new long[months.size()];
                for (int i = 0; i < months.size(); i++) {
                    var m = before.months().get(months.get(i).minusMonths(12));
                    values[i] = m == null ? 0 : s == 0 ? m.newProspects() : m.hires();
                }
                series.add(new LineChart.Series(
                        t("insight.trends.yearBefore", t(keys[s])),
                        colours[s],
                        values,
                        new String[months.size()],
                        true));
            }
        }
        var format = java.time.format.DateTimeFormatter.ofPattern("MMM yy", locale());
        return LineChart.of(
                t("insight.trends.chart"), months.stream().map(format::format).toList(), series);
    }

    Component trends() {
        List<List<Object>> rows = new ArrayList<>();
        for (var m : insights.trends()) {
            rows.add(List.of(
                    m.month().toString(),
                    monthCell(m.newProspects(), Figure.NEW_PROSPECT, m.month()),
                    monthCell(m.hires(), Figure.HIRED, m.month()),
                    monthCell(m.returns(), Figure.RETURNED, m.month()),
                    monthCell(m.losses(), Figure.LOST_OR_GONE, m.month())));
        }
        var trends = section(
                "insight.trends",
                trendLines(),
                new FigureTable(
                        t("insight.trends"),
                        List.of(
                                t("insight.trends.month"),
                                t("insight.trends.newProspects"),
                                t("insight.trends.hires"),
                                t("insight.trends.returns"),
                                t("insight.trends.losses")),
                        rows));
        trends.addClassName("wide");
        return trends;
    }
}
