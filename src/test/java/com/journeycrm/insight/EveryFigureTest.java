package com.journeycrm.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every number of the Insights view that lists clients, for every key it is shown with (each stage, outcome,
 * source, referrer, month), equals the figure's count and the number of distinct clients its drill-down lists, page
 * after page — under several periods and owners, on the demo data (subclasses: a 2,000-client history, PostgreSQL).
 * Left out, because they are not numbers of clients: stays ended (one client may leave a stage twice), touch points
 * per heat-map cell and the medians.
 */
@IntegrationTest
class EveryFigureTest {

    private static final int PAGE = 200;

    @Autowired
    InsightService insights;

    @Autowired
    TestData data;

    /** A number as the view shows it, and the list it opens. */
    record Shown(String label, long number, Figure figure, Object key, InsightFilter filter) {}

    @Test
    void every_figure_and_key_counts_exactly_the_clients_its_drill_down_lists() {
        data.loginAs("manager");
        Instant now = TestConfig.NOW;
        var filters = List.of(
                new InsightFilter(now.minus(Duration.ofDays(365)), now, null),
                new InsightFilter(now.minus(Duration.ofDays(90)), now, null),
                new InsightFilter(now.minus(Duration.ofDays(730)), now.minus(Duration.ofDays(200)), null),
                new InsightFilter(
                        now.minus(Duration.ofDays(365)), now, data.user("sales").getId()));
        var softly = new SoftAssertions();
        int checked = 0;
        long clientsCounted = 0;
        for (var filter : filters) {
            for (var shown : shown(insights.insights(filter, ZoneOffset.UTC), filter)) {
                String key = shown.key() == null ? null : String.valueOf(shown.key());
                var listed = listed(shown.filter(), shown.figure(), key);
                softly.assertThat(shown.number())
                        .as("%s (%s %s, %s)", shown.label(), shown.figure(), key, filter)
                        .isEqualTo(insights.drillDown(shown.filter(), shown.figure(), key)
                                .size())
                        .isEqualTo(listed.size());
                softly.assertThat(new HashSet<>(listed))
                        .as("%s lists each client once", shown.label())
                        .hasSameSizeAs(listed);
                checked++;
                clientsCounted += shown.number();
            }
        }
        softly.assertAll();
        // not a vacuous pass: every section contributed, and most numbers are not zero
        assertThat(checked).isGreaterThan(100);
        assertThat(clientsCounted).isGreaterThan(200);
    }

    private List<Long> listed(InsightFilter filter, Figure figure, String key) {
        List<Long> ids = new ArrayList<>();
        var drillDown = insights.drillDown(filter, figure, key);
        for (int offset = 0; ; offset += PAGE) {
            var page = insights.page(drillDown, "name", false, offset, PAGE);
            page.forEach(row -> ids.add(row.id()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    /** Each client number of the view with the figure and key its drill-down link carries (InsightSections). */
    static List<Shown> shown(Insights view, InsightFilter filter) {
        List<Shown> all = new ArrayList<>();
        for (int i = 0; i < view.funnel().size(); i++) {
            var step = view.funnel().get(i);
            long next = i + 1 < view.funnel().size() ? view.funnel().get(i + 1).reached() : view.hired();
            all.add(new Shown(
                    "lost after " + step.stage(), step.reached() - next, Figure.STOPPED, step.stageId(), filter));
        }
        for (var step : view.funnel()) {
            long stage = step.stageId();
            all.add(new Shown("entered " + step.stage(), step.entered(), Figure.ENTERED, stage, filter));
            all.add(new Shown("reached " + step.stage(), step.reached(), Figure.REACHED, stage, filter));
            all.add(new Shown(
                    "stopped, not now " + step.stage(), step.notNow(), Figure.STOPPED_NOT_NOW, stage, filter));
            all.add(new Shown("stopped, lost " + step.stage(), step.lost(), Figure.STOPPED_LOST, stage, filter));
            all.add(new Shown(
                    "stopped, still there " + step.stage(),
                    step.stillThere(),
                    Figure.STOPPED_STILL_THERE,
                    stage,
                    filter));
        }
        all.add(new Shown("hired", view.hired(), Figure.HIRED, null, filter));
        for (var decision : view.decisions()) {
            all.add(new Shown(
                    "decided " + decision.outcome(),
                    decision.clients(),
                    Figure.DECIDED,
                    decision.outcome().name(),
                    filter));
        }
        all.add(new Shown("not now, hired later", view.notNowThenHired(), Figure.NOT_NOW_THEN_HIRED, null, filter));
        var loop = view.loop();
        all.add(new Shown("arrived between engagements", loop.entered(), Figure.LOOP_ENTERED, null, filter));
        all.add(new Shown("returned within a year", loop.returned(), Figure.LOOP_RETURNED, null, filter));
        all.add(new Shown("repeat clients", loop.repeatClients(), Figure.REPEAT, null, filter));
        all.add(new Shown("arrived between engagements, left", loop.left(), Figure.LOOP_LEFT, null, filter));
        all.add(new Shown(
                "arrived between engagements, waiting and quiet",
                loop.waitingQuiet(),
                Figure.LOOP_WAITING_QUIET,
                null,
                filter));
        all.add(new Shown("between engagements, quiet", loop.quietNow(), Figure.LOOP_QUIET, null, filter));
        var referrals = view.referrals();
        all.add(new Shown("advocates", referrals.advocates(), Figure.ADVOCATES, null, filter));
        all.add(new Shown("referred", referrals.referred(), Figure.REFERRED, null, filter));
        all.add(new Shown("referred, hired", referrals.referredHired(), Figure.REFERRED_HIRED, null, filter));
        for (var referrer : referrals.topReferrers()) {
            all.add(new Shown(
                    "referred by " + referrer.name(),
                    referrer.referred(),
                    Figure.REFERRED,
                    referrer.clientId(),
                    filter));
        }
        all.add(new Shown("cross-sell risk", view.crossSellRisk(), Figure.CROSS_SELL, null, filter));
        for (var source : view.sources()) {
            all.add(new Shown(
                    "source " + source.source(),
                    source.clients(),
                    Figure.SOURCE,
                    source.source().name(),
                    filter));
            all.add(new Shown(
                    "source hired " + source.source(),
                    source.hired(),
                    Figure.SOURCE_HIRED,
                    source.source().name(),
                    filter));
        }
        for (var stage : view.stagesNow()) {
            all.add(new Shown("in " + stage.stage(), stage.clients(), Figure.IN_STAGE, stage.stageId(), filter));
            all.add(new Shown("quiet in " + stage.stage(), stage.quiet(), Figure.QUIET, stage.stageId(), filter));
        }
        for (var time : view.timeInStage()) {
            all.add(new Shown("sitting in " + time.stage(), time.sitting(), Figure.IN_STAGE, time.stageId(), filter));
        }
        for (var month : view.trends()) {
            var within = month(filter, month.month());
            all.add(new Shown(
                    "new prospects " + month.month(), month.newProspects(), Figure.NEW_PROSPECT, null, within));
            all.add(new Shown("hires " + month.month(), month.hires(), Figure.HIRED, null, within));
            all.add(new Shown("returns " + month.month(), month.returns(), Figure.RETURNED, null, within));
            all.add(new Shown("losses " + month.month(), month.losses(), Figure.LOST_OR_GONE, null, within));
        }
        return all;
    }

    /** The month's drill-down: the period narrowed to the month (InsightsView.monthDrillDown, in UTC). */
    private static InsightFilter month(InsightFilter period, YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new InsightFilter(
                start.isBefore(period.from()) ? period.from() : start,
                end.isAfter(period.to()) ? period.to() : end,
                period.ownerId());
    }
}
