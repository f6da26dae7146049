package com.journeycrm.insight.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.insight.DrillDown;
import com.journeycrm.insight.DrillDownRow;
import com.journeycrm.insight.Figure;
import com.journeycrm.insight.InsightService;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/** The clients behind one number of the Insights view, a page at a time, each opening its client. */
@Route("insights/clients")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class InsightClientsView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final InsightService insights;
    private final UserTime time;
    final H2 title = new H2();
    final Anchor back = new Anchor("insights", getTranslation("insight.back"));
    final Grid<DrillDownRow> grid = new Grid<>();
    private final Grid.Column<DrillDownRow> touchPoints;
    /** The clients found when the page was opened: sorting and scrolling page through them. */
    private DrillDown drillDown;

    public InsightClientsView(InsightService insights, Clock clock) {
        this.insights = insights;
        this.time = UserTime.of(clock);
        setSizeFull();
        back.getElement().setAttribute("router-link", true);
        grid.addColumn(DrillDownRow::name)
                .setHeader(getTranslation("reminder.column.client"))
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(DrillDownRow::stageName)
                .setHeader(getTranslation("insight.stageNow"))
                .setKey("stage")
                .setSortProperty("stage");
        grid.addColumn(DrillDownRow::ownerName)
                .setHeader(getTranslation("reminder.column.owner"))
                .setKey("owner")
                .setSortProperty("owner");
        touchPoints = grid.addColumn(
                        row -> drillDown == null ? 0 : drillDown.touchPoints().getOrDefault(row.id(), 0L))
                .setHeader(getTranslation("insight.map.touchPoints"))
                .setKey("touchPoints");
        touchPoints.setVisible(false);
        touchPoints.setAutoWidth(true).setFlexGrow(0);
        // a phone keeps the client, its stage and, for a heat-map cell, its touch points
        WindowWidth.whenNarrow(this, narrow -> grid.getColumnByKey("owner").setVisible(!narrow));
        grid.setItems(
                query -> drillDown == null
                        ? Stream.empty()
                        : insights
                                .page(
                                        drillDown,
                                        query.getSortOrders().stream()
                                                .findFirst()
                                                .map(o -> o.getSorted())
                                                .orElse("name"),
                                        query.getSortOrders().stream()
                                                .findFirst()
                                                .map(o -> o.getDirection() == SortDirection.DESCENDING)
                                                .orElse(false),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                query -> drillDown == null ? 0 : drillDown.size());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ClientDetailView.class, ClientDetailView.params(e.getItem().id()))));
        grid.setAriaLabel(getTranslation("page.insightClients"));
        grid.setSizeFull();
        add(back, title, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var period = InsightPeriod.of(query);
        back.setHref("insights?" + period.toQuery().getQueryString());
        try {
            var figure = Figure.valueOf(
                    query.getParameters().getOrDefault("figure", List.of("")).getFirst());
            String key = query.getParameters().getOrDefault("key", List.of()).stream()
                    .findFirst()
                    .orElse(null);
            drillDown = insights.drillDown(period.filter(time), figure, key);
            int count = drillDown.size();
            String what = figure == Figure.REFERRED && key != null
                    ? getTranslation("insight.figure.referredByClient")
                    : getTranslation(Translations.key(figure));
            // a heat-map cell counts touch points: the title repeats that number, the column adds up to it
            long touches = drillDown.touchPointsTotal();
            title.setText(
                    drillDown.countsTouchPoints()
                            ? getTranslation(
                                    "insight.drillDown.touched",
                                    touches,
                                    FigureTable.count(touches),
                                    count,
                                    FigureTable.count(count),
                                    drillDown.cell())
                            : getTranslation("insight.drillDown.title", count, FigureTable.count(count), what));
            touchPoints.setVisible(drillDown.countsTouchPoints());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            // a hand-edited address: say so instead of a stack trace
            drillDown = null;
            title.setText(getTranslation("insight.drillDown.unknown"));
            grid.setVisible(false);
            return;
        }
        grid.setVisible(true);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "page.insightClients";
    }
}
