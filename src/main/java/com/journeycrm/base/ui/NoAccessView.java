package com.journeycrm.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user who opens a page their role may not see (a bookmark, a shared link) gets a page inside the
 * app that says so and leads back, not the framework's bare "Could not navigate". Anonymous users never get
 * here: they are sent to the login first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public NoAccessView() {
        add(errorPage(this, getTranslation("error.noAccess.title"), getTranslation("error.noAccess.text")));
    }

    /** The body both error pages share: what happened, and the way back. */
    static Paragraph errorPage(VerticalLayout page, String title, String explanation) {
        page.addClassName("error-page");
        page.add(new H2(title));
        var back = new Anchor("", page.getTranslation("error.back"));
        back.getElement().setAttribute("router-link", true);
        return new Paragraph(new Paragraph(explanation), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.noAccess.page");
    }
}
