package com.journeycrm.security.ui;

import com.journeycrm.base.ui.TitledView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    static final String BAD_CREDENTIALS = "login.failed.credentials";
    static final String LOCKED = "login.failed.locked";

    /** Where the tab keeps the name last typed into the form. */
    private static final String TYPED_NAME = "journey-login-name";

    private final LoginForm form = new LoginForm();
    private String shownError;

    public LoginView(@Value("${journey.demo-data.enabled:true}") boolean demoData) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        // the name typed is kept in this tab (never the password), so that a failed attempt does not lose it
        form.getElement()
                .executeJs(
                        "this.addEventListener('login', e => sessionStorage.setItem($0, e.detail.username))",
                        TYPED_NAME);
        add(createBrand(), form);
        if (demoData) {
            add(new Paragraph(getTranslation("login.demo")));
        }
    }

    private Div createBrand() {
        var brand = new Div(new H1("Journey CRM"), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        return brand;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        var i18n = LoginI18n.createDefault();
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.failed"));
        shownError = getTranslation(lastFailureWasLockout() ? LOCKED : BAD_CREDENTIALS);
        error.setMessage(shownError);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setError(true);
        form.getElement()
                .executeJs(
                        "const name = sessionStorage.getItem($0); const field = this.querySelector('#vaadinLoginUsername');"
                                + " if (name && field) { field.value = name; this.querySelector('#vaadinLoginPassword')?.focus(); }",
                        TYPED_NAME);
    }

    /** The error message the form shows, or null. */
    String shownError() {
        return shownError;
    }

    private static boolean lastFailureWasLockout() {
        var session = VaadinSession.getCurrent();
        return session != null
                && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String titleKey() {
        return "page.signIn";
    }
}
