package com.journeycrm.client.ui;

import com.journeycrm.client.ClientRef;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** Who referred the client, and whom it referred; each a link to that client. */
class ReferralsPanel extends Composite<Div> {

    void show(ClientRef referredBy, List<ClientRef> referred) {
        var box = getContent();
        box.removeAll();
        box.add(new H4(getTranslation("client.profile.referredBy")));
        box.add(referredBy == null ? new Paragraph(getTranslation("client.referrals.nobody")) : link(referredBy));
        box.add(new H4(getTranslation("client.referrals.theirs", referred.size())));
        if (referred.isEmpty()) {
            box.add(new Paragraph(getTranslation("client.referrals.none")));
        }
        referred.forEach(r -> box.add(new Div(link(r))));
    }

    private static RouterLink link(ClientRef ref) {
        return new RouterLink(ref.name(), ClientDetailView.class, ClientDetailView.params(ref.id()));
    }
}
