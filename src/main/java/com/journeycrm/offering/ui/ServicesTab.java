package com.journeycrm.offering.ui;

import com.journeycrm.client.ui.ClientTab;
import com.journeycrm.offering.OfferingService;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** The client view's Services tab: what the client bought and knows of. */
@Component
class ServicesTab implements ClientTab {

    private final OfferingService offerings;

    ServicesTab(OfferingService offerings) {
        this.offerings = offerings;
    }

    @Override
    public String address() {
        return "services";
    }

    @Override
    public String label() {
        return I18NProvider.translate("client.tab.services");
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Content create(Actions actions) {
        return new ServicesPanel(offerings, actions);
    }
}
