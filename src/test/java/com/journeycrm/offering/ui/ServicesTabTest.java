package com.journeycrm.offering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.client.ui.ClientDetailView;
import com.journeycrm.offering.OfferingService;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Services tab this feature contributes to the client view. */
class ServicesTabTest extends KaribuTest {

    @Autowired
    OfferingService offeringService;

    @Test
    void ticking_bought_marks_the_service_bought_and_known_to_the_client() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        navigate("clients/" + client.getId());
        var view = _get(ClientDetailView.class);
        var tabs = view.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.tabs.TabSheet)
                .map(c -> (com.vaadin.flow.component.tabs.TabSheet) c)
                .findFirst()
                .orElseThrow();
        tabs.setSelectedIndex(4);
        var panel = _get(ServicesPanel.class);
        assertThat(tabs.getTab(panel).getLabel()).isEqualTo("Services");
        long offered = offeringService.services(client.getId()).size();
        assertThat(panel.hint.getText()).startsWith("Knows 0 of our " + offered + " services");
        var bought = (Checkbox) GridKt._getCellComponent(panel.grid, 0, "bought");
        enter(bought, true);
        assertThat(panel.hint.getText()).as("in words a partner uses").startsWith("Knows 1 of our " + offered);

        var first = offeringService.services(client.getId()).getFirst();
        assertThat(first.bought()).isTrue();
        assertThat(first.aware()).isTrue();
        assertThat(tabs.getSelectedIndex()).isEqualTo(4);
        assertThat(((Checkbox) GridKt._getCellComponent(panel.grid, 0, "aware")).isEnabled())
                .isFalse();
    }
}
