package com.journeycrm.insight.ui;

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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Each section of the Insights view: a picture, its table, links to the clients behind each number. */
final class InsightSections {

    private final Insights insights;
    private final BiFunction<Figure, Object, String> link;
    private final BiFunction<Figure, YearMonth, String> monthLink;

    InsightSections(
            Insights insights,
            BiFunction<Figure, Object, String> link,
            BiFunction<Figure, YearMonth, String> monthLink) {
        this.insights = insights;
        this.link = link;
        this.monthLink = monthLink;
    }

    List<Component> all() {
        return List.of(funnel(), decisions(), loop(), referrals(), sources(), journeyMap(), timeInStage(), trends());
    }

    static Div section(String title, String definition, Component... content) {
        var section = new Div(new H3(title), new Paragraph(definition));
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

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f\u00a0%%", 100.0 * part / whole);
    }

    static String days(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f", d);
    }

    Component funnel() {
        var steps = insights.funnel();
        long first = steps.isEmpty() ? 0 : steps.getFirst().reached();
        List<Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FunnelStep s = steps.get(i);
            long next = i + 1 < steps.size() ? steps.get(i + 1).reached() : insights.hired();
            bars.add(new Bar(
                    s.stage(),
                    s.reached(),
                    FigureTable.count(s.reached()) + " · " + percent(s.reached(), first),
                    link.apply(Figure.REACHED, s.stageId())));
            rows.add(List.of(
                    s.stage(),
                    cell(s.entered(), Figure.ENTERED, s.stageId()),
                    cell(s.reached(), Figure.REACHED, s.stageId()),
                    s.skipped(),
                    percent(next, s.reached()),
                    percent(s.reached(), first),
                    cell(s.notNow(), Figure.STOPPED_NOT_NOW, s.stageId()),
                    cell(s.lost(), Figure.STOPPED_LOST, s.stageId()),
                    cell(s.stillThere(), Figure.STOPPED_STILL_THERE, s.stageId())));
        }
        bars.add(new Bar(
                "Hired",
                insights.hired(),
                FigureTable.count(insights.hired()) + " · " + percent(insights.hired(), first),
                link.apply(Figure.HIRED, null)));
        rows.add(List.of(
                "Hired",
                cell(insights.hired(), Figure.HIRED, null),
                "",
                "",
                "",
                percent(insights.hired(), first),
                "",
                "",
                ""));
        var funnel = section(
                "Funnel",
                "Clients who reached each pre-purchase step in the period (entered it, or a later"
                        + " one: a skipped step is not a loss), the next-step and the cumulative conversion, and where"
                        + " those who stopped there are now.",
                SvgCharts.bars("Funnel: clients reaching each step", bars),
                new FigureTable(
                        "Funnel",
                        List.of(
                                "Step",
                                "Entered",
                                "Reached",
                                "Skipped",
                                "To next step",
                                "From first step",
                                "Not now",
                                "Lost",
                                "Still there"),
                        rows));
        funnel.addClassName("wide");
        return funnel;
    }

    Component decisions() {
        long total = insights.decisions().stream()
                .mapToLong(Insights.Decision::clients)
                .sum();
        List<List<Object>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (var d : insights.decisions()) {
            bars.add(new Bar(
                    d.outcome().label(),
                    d.clients(),
                    FigureTable.count(d.clients()) + " · " + percent(d.clients(), total),
                    link.apply(Figure.DECIDED, d.outcome().name())));
            rows.add(List.of(
                    d.outcome().label(),
                    cell(d.clients(), Figure.DECIDED, d.outcome().name()),
                    percent(d.clients(), total),
                    String.join("; ", d.topReasons())));
        }
        rows.add(List.of(
                "“Not now”, hired later",
                cell(insights.notNowThenHired(), Figure.NOT_NOW_THEN_HIRED, null),
                "",
                "median " + days(insights.notNowToHireMedianDays()) + " days later"));
        return section(
                "Decisions",
                "How clients left Deciding in the period, and the reasons given most often.",
                SvgCharts.bars("Decisions", bars),
                new FigureTable("Decisions", List.of("Outcome", "Clients", "Share", "Most common reasons"), rows));
    }

    Component loop() {
        var loop = insights.loop();
        return section(
                "Loyalty loop",
                "Clients who arrived between engagements in the period, and how many started a"
                        + " new engagement within 12 months.",
                new FigureTable(
                        "Loyalty loop",
                        List.of("Figure", "Clients"),
                        List.of(
                                List.of("Arrived between engagements", cell(loop.entered(), Figure.LOOP_ENTERED, null)),
                                List.of(
                                        "Came back within 12 months (" + percent(loop.returned(), loop.entered())
                                                + ", median gap " + days(loop.medianGapDays()) + " days)",
                                        cell(loop.returned(), Figure.LOOP_RETURNED, null)),
                                List.of(
                                        "Repeat clients (two or more engagements)",
                                        cell(loop.repeatClients(), Figure.REPEAT, null)),
                                List.of(
                                        "Between engagements and gone quiet now",
                                        cell(loop.quietNow(), Figure.LOOP_QUIET, null)))));
    }

    Component referrals() {
        var r = insights.referrals();
        List<List<Object>> rows = new ArrayList<>(List.of(
                List.of("Former clients who are advocates now", cell(r.advocates(), Figure.ADVOCATES, null)),
                List.of("Referred clients who came in", cell(r.referred(), Figure.REFERRED, null)),
                List.of(
                        "… of whom hired (" + percent(r.referredHired(), r.referred()) + ")",
                        cell(r.referredHired(), Figure.REFERRED_HIRED, null)),
                List.of(
                        "Clients with one service who know no other",
                        cell(insights.crossSellRisk(), Figure.CROSS_SELL, null))));
        r.topReferrers()
                .forEach(t -> rows.add(List.of(
                        "Top referrer: " + t.name() + " (" + t.hired() + " hired)",
                        cell(t.referred(), Figure.REFERRED, t.clientId()))));
        return section(
                "Advocates, referrals and cross-sell",
                "Referrals of clients who came in during the period;"
                        + " advocates and cross-sell risk as they are now.",
                new FigureTable("Referrals", List.of("Figure", "Clients"), rows));
    }

    Component sources() {
        List<Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (var s : insights.sources()) {
            bars.add(new Bar(
                    s.source().label(),
                    s.clients(),
                    FigureTable.count(s.clients()) + " · " + percent(s.hired(), s.clients()) + " hired",
                    link.apply(Figure.SOURCE, s.source().name())));
            rows.add(List.of(
                    s.source().label(),
                    cell(s.clients(), Figure.SOURCE, s.source().name()),
                    cell(s.hired(), Figure.SOURCE_HIRED, s.source().name()),
                    percent(s.hired(), s.clients())));
        }
        return section(
                "Sources",
                "Clients who came in during the period, by how they became aware of us, and the"
                        + " share of them hired since.",
                SvgCharts.bars("Clients by source", bars),
                new FigureTable("Sources", List.of("Source", "Came in", "Hired", "Share hired"), rows));
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
            var map = new Div(new H4(direction.label()));
            map.addClassName("heat-map");
            pictures.add(map);
            map.add(SvgCharts.heatMap(
                    "Touch points per stage and type, " + direction.label().toLowerCase(Locale.ROOT),
                    stages.stream().map(StageNow::stage).toList(),
                    types.stream().map(TouchPointType::label).toList(),
                    values,
                    texts,
                    hrefs));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (StageNow s : stages) {
            long touches = insights.journeyMap().stream()
                    .filter(c -> c.stageId() == s.stageId())
                    .mapToLong(HeatCell::touchPoints)
                    .sum();
            long inStage = insights.journeyMap().stream()
                    .filter(c -> c.stageId() == s.stageId())
                    .mapToLong(HeatCell::clientsInStage)
                    .max()
                    .orElse(0);
            rows.add(List.of(
                    s.stage(),
                    touches,
                    inStage == 0 ? "–" : String.format(Locale.ROOT, "%.1f", (double) touches / inStage),
                    cell(s.clients(), Figure.IN_STAGE, s.stageId()),
                    cell(s.quiet(), Figure.QUIET, s.stageId()),
                    percent(s.quiet(), s.clients())));
        }
        var section = section(
                "Journey map",
                "Touch points in the period by the stage the client was in at the time,"
                        + " inbound and outbound apart: pale rows are silent stages. Beside it, who is in each stage now and"
                        + " the share gone quiet.");
        var maps = new Div(pictures.toArray(Component[]::new));
        maps.addClassName("heat-maps");
        section.add(maps);
        var table = new FigureTable(
                "Journey map",
                List.of("Stage", "Touch points", "Per client in stage", "Clients now", "Gone quiet", "Share quiet"),
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
                "Time in stage",
                "Days per stage: stays that ended in the period, and how long the clients in"
                        + " it now have been sitting there (median and 90th percentile).",
                new FigureTable(
                        "Time in stage",
                        List.of("Stage", "Stays ended", "Median", "90th pct.", "Sitting now", "Median", "90th pct."),
                        rows));
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
        return section(
                "Trends",
                "Per month of the period: new prospects, hires, returns from between engagements," + " losses.",
                new FigureTable("Trends", List.of("Month", "New prospects", "Hires", "Returns", "Losses"), rows));
    }
}
