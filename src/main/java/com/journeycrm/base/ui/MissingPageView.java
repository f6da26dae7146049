package com.journeycrm.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where the security chain sends a signed-in user who typed an address that is no page at all: it refuses such
 * requests before the router sees them, and a refusal without a body is a blank browser error page.
 */
@Route(value = MissingPageView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MissingPageView extends VerticalLayout implements TitledView {

    public static final String ROUTE = "not-found";

    public MissingPageView() {
        add(PageNotFoundView.body(this));
    }

    @Override
    public String titleKey() {
        return "error.notFound.short";
    }
}
