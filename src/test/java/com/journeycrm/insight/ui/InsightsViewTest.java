package com.journeycrm.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ui.NoAccessView;
import com.journeycrm.client.Client;
import com.journeycrm.insight.DrillDownRow;
import com.journeycrm.insight.Figure;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InsightsViewTest extends KaribuTest {

    @Autowired
    TouchPointService touchPoints;

    /** As the browser does for a link or a typed address with a query. */
    @Test
    void sales_staff_get_the_no_access_page() {
        login("sales");
        navigate("insights");
        assertThat(_find(InsightsView.class)).isEmpty();
        _get(NoAccessView.class);
    }

    @Test
    void a_period_change_goes_into_the_address_and_the_figures_follow_it() {
        login("manager");
        navigate("insights");
        var view = _get(InsightsView.class);
        assertThat(view.period.getValue()).isEqualTo(InsightPeriod.Kind.LAST_12_MONTHS);
        view.period.setValue(InsightPeriod.Kind.LAST_90_DAYS);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("insights?period=90d");
        assertThat(_get(InsightsView.class).period.getValue()).isEqualTo(InsightPeriod.Kind.LAST_90_DAYS);

        navigate("insights?period=range&from=2026-01-01&to=2025-01-01");
        // an impossible range falls back to the default instead of failing
        assertThat(_get(InsightsView.class).period.getValue()).isEqualTo(InsightPeriod.Kind.LAST_12_MONTHS);
        // so do dates at the edge of what a date can be (the day after +999999999-12-31 does not exist)
        for (String edge : new String[] {
            "from=2026-01-01&to=+999999999-12-31",
            "from=-999999999-01-01&to=2026-01-01",
            "from=2026-01-01&to=2100-01-01",
            "from=1999-12-31&to=2026-01-01"
        }) {
            navigate("insights?period=range&" + edge);
            assertThat(_get(InsightsView.class).period.getValue())
                    .as(edge)
                    .isEqualTo(InsightPeriod.Kind.LAST_12_MONTHS);
        }
        navigate("insights?period=range&from=2000-01-01&to=2099-12-31");
        assertThat(_get(InsightsView.class).period.getValue()).isEqualTo(InsightPeriod.Kind.RANGE);
    }

    @Test
    void a_drill_down_lists_exactly_the_clients_the_figure_counts() {
        var owner = data.newUser(Role.SALES, "pw");
        String prefix = data.unique("Drill");
        var one = data.client(
                prefix + " one", owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(3)));
        var two = data.client(
                prefix + " two", owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(2)));
        login("manager");
        long interested = data.stage("Interested").getId();
        navigate("insights/clients?period=90d&owner=" + owner.getId() + "&figure=" + Figure.ENTERED + "&key="
                + interested);

        var drill = _get(InsightClientsView.class);
        assertThat(drill.title.getText()).startsWith("2 clients — entered the stage");
        assertThat(GridKt._fetch(drill.grid, 0, 10))
                .extracting(DrillDownRow::id)
                .containsExactly(one.getId(), two.getId());
    }

    @Test
    void a_heat_map_cell_lists_its_clients_with_touch_points_that_add_up_to_the_cell() {
        var owner = data.newUser(Role.SALES, "pw");
        String prefix = data.unique("Cell");
        var one = data.client(
                prefix + " one", owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(3)));
        var two = data.client(
                prefix + " two", owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(3)));
        data.loginAs(owner.getUsername());
        call(one, 2);
        call(one, 1);
        call(two, 1);
        login("manager");
        long interested = data.stage("Interested").getId();
        navigate("insights?period=90d&owner=" + owner.getId());
        String cell = interested + ":CALL:OUTBOUND";
        assertThat(page()).as("the cell shows the touch points").contains("Interested, Call: 3");
        navigate("insights/clients?period=90d&owner=" + owner.getId() + "&figure=" + Figure.TOUCHED + "&key=" + cell);

        var drill = _get(InsightClientsView.class);
        assertThat(drill.title.getText()).isEqualTo("3 touch points by 2 clients — Call, Outbound, in Interested");
        var rows = GridKt._fetch(drill.grid, 0, 10);
        assertThat(rows).extracting(DrillDownRow::id).containsExactly(one.getId(), two.getId());
        assertThat(java.util.stream.IntStream.range(0, rows.size())
                        .mapToObj(i -> GridKt._getFormatted(drill.grid, i, "touchPoints")))
                .containsExactly("2", "1");
        assertThat(drill.grid.getColumnByKey("touchPoints").isVisible()).isTrue();
    }

    private void call(Client client, int daysAgo) {
        var form = new TouchPointDetails();
        form.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC));
        form.setSummary("Call " + daysAgo);
        touchPoints.logTouchPoint(client.getId(), form, ZoneOffset.UTC);
    }

    @Test
    void an_empty_heat_map_cell_says_no_touch_points_and_a_stage_that_is_not_there_is_no_figure() {
        login("manager");
        long interested = data.stage("Interested").getId();
        navigate("insights/clients?period=90d&owner=999999&figure=TOUCHED&key=" + interested + ":CALL:INBOUND");
        assertThat(_get(InsightClientsView.class).title.getText())
                .isEqualTo("0 touch points by 0 clients — Call, Inbound, in Interested");
        navigate("insights/clients?figure=TOUCHED&key=999999:CALL:INBOUND");
        assertThat(_get(InsightClientsView.class).title.getText()).startsWith("This figure does not exist");
    }

    @Test
    void a_hand_edited_figure_says_so_instead_of_failing() {
        login("manager");
        navigate("insights/clients?figure=NOPE");
        assertThat(_get(InsightClientsView.class).title.getText()).startsWith("This figure does not exist");
        navigate("insights/clients?period=range&from=2026-01-01&to=+999999999-12-31&figure=ENTERED&key=1");
        assertThat(_find(InsightClientsView.class))
                .as("no error page for a date at the edge")
                .hasSize(1);
        navigate("insights/clients?figure=ENTERED&key=not-a-stage");
        assertThat(_get(InsightClientsView.class).title.getText()).startsWith("This figure does not exist");
    }

    /** The page's pictures and cards as the browser gets them. */
    private static String page() {
        return _find(com.vaadin.flow.component.Html.class).stream()
                        .map(com.vaadin.flow.component.Html::getInnerHtml)
                        .reduce("", String::concat)
                + _get(HeadlineStrip.class).getElement().getOuterHTML();
    }

    @Test
    void each_picture_has_its_labels_and_legend_and_the_funnel_marks_its_largest_leak() {
        login("manager");
        navigate("insights");
        String page = page();

        assertThat(page).as("the funnel's loss between steps, the worst marked").contains("· largest leak<");
        assertThat(page).as("every loss is a list").contains("figure=STOPPED");
        assertThat(page).as("decisions' legend").contains(">Hired: ").contains(">No way: ");
        assertThat(page).as("the heat map's legend").contains(">fewer 1<").contains(" more<");
        assertThat(page)
                .as("the trends' lines, named")
                .contains(">New prospects<")
                .contains(">Lost or gone<");
        assertThat(page).as("no picture shrinks its text").doesNotContain("width=\"100%\"");
    }

    @Test
    void every_section_says_how_it_is_counted_one_click_from_its_title() {
        login("manager");
        navigate("insights");
        var helps = _find(FigureHelp.class);
        assertThat(helps)
                .extracting(help -> help.button.getAriaLabel().orElse(""))
                .contains(
                        "How it is counted: Funnel",
                        "How it is counted: Journey map",
                        "How it is counted: Cross-sell: one service, no other known")
                .hasSize(10);
        var funnel = helps.stream()
                .filter(help -> help.button.getAriaLabel().orElse("").endsWith(": Funnel"))
                .findFirst()
                .orElseThrow();
        assertThat(funnel.popover.getTarget()).isSameAs(funnel.button);
        assertThat(funnel.popover.getElement().getTextRecursively())
                .contains("reached − entered is not \"skipped\"")
                .contains("A move that counts is");
    }

    @Test
    void the_headline_numbers_stand_against_the_period_before_with_both_lists() {
        String prefix = data.unique("Cmp");
        data.client(prefix + " now", "sales", "Aware", TestConfig.NOW.minus(Duration.ofDays(10)));
        data.client(prefix + " before", "sales", "Aware", TestConfig.NOW.minus(Duration.ofDays(100)));
        login("manager");
        navigate("insights?period=90d");

        var strip = _get(HeadlineStrip.class);
        String html = strip.getElement().getOuterHTML();
        assertThat(html)
                .as("the cards")
                .contains("New prospects")
                .contains("Hires")
                .contains("Time to hire (median)");
        assertThat(html)
                .as("the period before, as a list of its own")
                .containsPattern("before: \\d")
                // the 90 days before 2026-08-26 – 2026-11-23
                .containsPattern("href=\"insights/clients\\?period=range[^\"]*figure=NEW_PROSPECT[^\"]*\"")
                .contains("from=2026-05-28")
                .contains("to=2026-08-25");
        assertThat(html).as("where the journey breaks").contains("loses").contains("Quietest stage:");
    }

    @Test
    void twelve_months_draw_the_year_before_behind_their_trends_and_ninety_days_do_not() {
        login("manager");
        navigate("insights?period=12m");
        assertThat(page()).contains(">New prospects, a year before<");
        navigate("insights?period=90d");
        assertThat(page()).doesNotContain("a year before");
    }

    @Test
    void all_time_has_no_period_before_to_stand_against() {
        login("manager");
        navigate("insights?period=all");
        var cards = _get(HeadlineStrip.class)
                .getElement()
                .getChildren()
                .filter(child -> child.getClassList().contains("comparison"))
                .findFirst()
                .orElseThrow();
        assertThat(cards.getOuterHTML()).contains("New prospects").doesNotContain("before:");
    }
}
