package com.journeycrm.insight.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.insight.CrossSellRow;
import com.journeycrm.insight.Figure;
import com.journeycrm.insight.InsightService;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Managers' view of the journey: where prospects stop, how decisions go, whether clients come back, who refers
 * whom, and where the firm is silent. The filter lives in the address bar; every number opens its clients.
 */
@Route("insights")
@Menu(order = 20, title = "menu.insights", icon = "vaadin:chart-3d")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class InsightsView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final InsightService insights;
    private final UserTime time;
    final Select<InsightPeriod.Kind> period = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("insight.from"));
    final DatePicker to = new DatePicker(getTranslation("insight.to"));
    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("reminder.column.owner"));
    final Div sections = new Div();
    final Grid<CrossSellRow> crossSell = new Grid<>();
    private InsightPeriod current;
    private boolean showing;

    public InsightsView(InsightService insights, UserService users, Clock clock) {
        this.insights = insights;
        this.time = UserTime.of(clock);
        time.localize(from, to);
        addClassName("insights-view");
        configureFilters(users.listActiveUsers());
        sections.addClassName("insights");
        configureCrossSell();
        var filters = new Div(period, from, to, owner);
        filters.addClassName("list-toolbar");
        add(filters, sections);
    }

    private void configureFilters(List<UserSummary> people) {
        period.setLabel(getTranslation("insight.period"));
        period.setItems(InsightPeriod.Kind.values());
        period.setItemLabelGenerator(k -> getTranslation(Translations.key(k)));
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setPlaceholder(getTranslation("reminder.everyone"));
        owner.setClearButtonVisible(true);
        period.addValueChangeListener(e -> apply());
        from.addValueChangeListener(e -> apply());
        to.addValueChangeListener(e -> apply());
        owner.addValueChangeListener(e -> apply());
    }

    private void configureCrossSell() {
        crossSell
                .addColumn(CrossSellRow::name)
                .setHeader(getTranslation("reminder.column.client"))
                .setKey("client")
                .setSortProperty("name")
                .setFlexGrow(2);
        crossSell
                .addColumn(CrossSellRow::service)
                .setHeader(getTranslation("insight.crossSell.bought"))
                .setKey("service")
                .setSortProperty("service");
        crossSell
                .addColumn(CrossSellRow::stageName)
                .setHeader(getTranslation("insight.stage"))
                .setKey("stage")
                .setSortProperty("stage");
        crossSell
                .addColumn(CrossSellRow::ownerName)
                .setHeader(getTranslation("reminder.column.owner"))
                .setKey("owner")
                .setSortProperty("owner");
        crossSell.setItems(q -> {
            var order = q.getSortOrders().stream().findFirst();
            return insights
                    .crossSell(
                            current.filter(time),
                            order.map(o -> o.getSorted()).orElse("name"),
                            order.map(o -> o.getDirection() == SortDirection.DESCENDING)
                                    .orElse(false),
                            q.getOffset(),
                            q.getLimit())
                    .stream();
        });
        crossSell.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ClientDetailView.class, ClientDetailView.params(e.getItem().id()))));
        crossSell.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        crossSell.setAllRowsVisible(false);
        crossSell.setHeight("20rem");
        crossSell.setAriaLabel(getTranslation("insight.crossSell.row"));
    }

    /** A change of filter becomes a new address: the back button and a bookmark return to it. */
    private void apply() {
        if (showing) {
            return;
        }
        var kind = period.getValue();
        boolean range = kind == InsightPeriod.Kind.RANGE;
        from.setVisible(range);
        to.setVisible(range);
        if (range && (from.isEmpty() || to.isEmpty())) {
            return;
        }
        var next = new InsightPeriod(
                kind,
                range ? from.getValue() : null,
                range ? to.getValue() : null,
                owner.getValue() == null ? null : owner.getValue().id());
        getUI().ifPresent(ui -> ui.navigate(InsightsView.class, next.toQuery()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = InsightPeriod.of(event.getLocation().getQueryParameters());
        showing = true;
        try {
            period.setValue(current.kind());
            from.setValue(current.from());
            to.setValue(current.to());
            from.setVisible(current.kind() == InsightPeriod.Kind.RANGE);
            to.setVisible(current.kind() == InsightPeriod.Kind.RANGE);
            owner.setValue(owner.getListDataView()
                    .getItems()
                    .filter(u -> current.ownerId() != null && u.id() == current.ownerId())
                    .findFirst()
                    .orElse(null));
        } finally {
            showing = false;
        }
        show();
    }

    private void show() {
        var figures = insights.insights(current.filter(time), time.zone());
        var previous = current.previous(time)
                .map(p -> insights.headline(p.filter(time), time.zone()))
                .orElse(null);
        sections.removeAll();
        sections.add(new HeadlineStrip(figures, previous, this::drillDown, this::previousDrillDown));
        var filter = current.filter(time);
        boolean aYear = java.time.Duration.between(filter.from(), filter.to()).toDays() >= 365;
        new InsightSections(figures, previous, aYear, this::drillDown, this::monthDrillDown)
                .all()
                .forEach(sections::add);
        sections.add(InsightSections.section("insight.crossSell", crossSell));
        crossSell.getDataProvider().refreshAll();
    }

    /** A month of the trends: the same owner, the period narrowed to that month (within the filter's period). */
    String monthDrillDown(Figure figure, YearMonth month) {
        var whole = current.filter(time);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate periodStart = whole.from().atZone(time.zone()).toLocalDate();
        LocalDate periodEnd = whole.to().atZone(time.zone()).toLocalDate().minusDays(1);
        var narrowed = new InsightPeriod(
                InsightPeriod.Kind.RANGE,
                first.isBefore(periodStart) ? periodStart : first,
                last.isAfter(periodEnd) ? periodEnd : last,
                current.ownerId());
        Map<String, List<String>> params =
                new LinkedHashMap<>(narrowed.toQuery().getParameters());
        params.put("figure", List.of(figure.name()));
        return "insights/clients?" + new QueryParameters(params).getQueryString();
    }

    /** The address of the list of clients behind a figure, under the same filter. */
    String drillDown(Figure figure, Object key) {
        return drillDown(current, figure, key);
    }

    /** The same list for the period before (the same length, the same owner). */
    String previousDrillDown(Figure figure, Object key) {
        return current.previous(time).map(p -> drillDown(p, figure, key)).orElse(null);
    }

    private static String drillDown(InsightPeriod period, Figure figure, Object key) {
        Map<String, List<String>> params = new LinkedHashMap<>(period.toQuery().getParameters());
        params.put("figure", List.of(figure.name()));
        if (key != null) {
            params.put("key", List.of(String.valueOf(key)));
        }
        return "insights/clients?" + new QueryParameters(params).getQueryString();
    }

    @Override
    public String titleKey() {
        return "menu.insights";
    }
}
