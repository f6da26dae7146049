package com.journeycrm.base.ui;

import com.journeycrm.base.UnexpectedErrors;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open for a reason nobody expected: the user reads that it failed and an error id for
 * support, never the exception's text; the operator gets one log line with the whole cause chain and a count
 * ({@link UnexpectedErrors}) instead of the framework's stack trace per request.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final UnexpectedErrors errors;

    public UnexpectedErrorView(UnexpectedErrors errors) {
        this.errors = errors;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = errors.report(parameter.getCaughtException());
        removeAll();
        add(NoAccessView.errorPage(
                this, getTranslation("error.unexpected.title"), getTranslation("error.unexpected.text", id)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.page");
    }
}
