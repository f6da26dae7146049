package com.journeycrm.offering.ui;

import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ui.ClientTab;
import com.journeycrm.offering.OfferingService;
import com.journeycrm.offering.ServiceStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which services the client has bought and which it knows about; those it does not know are the typecast risk.
 * Buying implies awareness. Only a user's own tick counts as a change.
 */
class ServicesPanel extends Composite<Div> implements ClientTab.Content {

    final Paragraph hint = new Paragraph();
    final Grid<ServiceStatus> grid = new Grid<>();
    private boolean editable;

    private final OfferingService offerings;
    private final ClientTab.Actions actions;
    private long clientId;

    ServicesPanel(OfferingService offerings, ClientTab.Actions actions) {
        this.offerings = offerings;
        this.actions = actions;
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(s -> s.retired() ? getTranslation("services.panel.retired", s.name()) : s.name())
                .setHeader(getTranslation("services.column.service"))
                .setKey("service")
                .setFlexGrow(1);
        grid.addComponentColumn(s -> checkbox(
                        getTranslation("services.panel.boughtLabel", s.name()),
                        s.bought(),
                        editable && !s.retired(),
                        v -> set(s, v, s.aware() || v)))
                .setHeader(getTranslation("insight.crossSell.bought"))
                .setKey("bought")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(s -> checkbox(
                        getTranslation("services.panel.awareLabel", s.name()),
                        s.aware(),
                        editable && !s.bought() && !s.retired(),
                        v -> set(s, s.bought(), v)))
                .setHeader(getTranslation("services.panel.aware"))
                .setKey("aware")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.aware() || s.retired() ? "" : getTranslation("services.panel.gap"))
                .setHeader("")
                .setKey("gap")
                .setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.aware() || s.retired() ? null : "gap");
        // a phone shows each service as one cell: its name, and its two boxes labelled beneath it
        grid.addComponentColumn(s -> {
                    var bought = checkbox(
                            getTranslation("services.panel.boughtLabel", s.name()),
                            s.bought(),
                            editable && !s.retired(),
                            v -> set(s, v, s.aware() || v));
                    bought.setLabel(getTranslation("insight.crossSell.bought"));
                    var aware = checkbox(
                            getTranslation("services.panel.awareLabel", s.name()),
                            s.aware(),
                            editable && !s.bought() && !s.retired(),
                            v -> set(s, s.bought(), v));
                    aware.setLabel(getTranslation("services.panel.aware"));
                    var card = new Div(
                            new Span(s.retired() ? getTranslation("services.panel.retired", s.name()) : s.name()),
                            new Div(bought, aware));
                    card.addClassName("service-card");
                    return card;
                })
                .setHeader(getTranslation("services.column.service"))
                .setKey("card")
                .setVisible(false);
        WindowWidth.whenNarrow(this, narrow -> {
            List.of("service", "bought", "aware", "gap")
                    .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow));
            grid.getColumnByKey("card").setVisible(narrow);
        });
        grid.setAllRowsVisible(true);
        getContent().add(hint, grid);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(ClientDetails client) {
        clientId = client.id();
        show(offerings.services(client.id()), client.editable());
    }

    private void set(ServiceStatus service, boolean bought, boolean aware) {
        actions.act(() -> offerings.setService(clientId, service.offeringId(), bought, aware), null);
    }

    void show(List<ServiceStatus> services, boolean editable) {
        this.editable = editable;
        grid.setItems(services);
        long offered = services.stream().filter(s -> !s.retired()).count();
        long unaware = services.stream().filter(s -> !s.aware() && !s.retired()).count();
        hint.setText(
                unaware == 0
                        ? getTranslation("services.panel.allKnown")
                        : getTranslation("services.panel.typecast", offered - unaware, offered));
        hint.setClassName(unaware == 0 ? "hint-ok" : "hint-warning");
    }

    private static Checkbox checkbox(String label, boolean value, boolean enabled, Consumer<Boolean> onChange) {
        var box = new Checkbox(value);
        box.setAriaLabel(label);
        box.setEnabled(enabled);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return box;
    }
}
