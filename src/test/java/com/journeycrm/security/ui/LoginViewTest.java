package com.journeycrm.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The login page says why a login failed, without telling whether the username exists. */
class LoginViewTest extends KaribuTest {

    private LoginForm formAfterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return _get(LoginForm.class);
    }

    @Test
    void a_plain_visit_shows_no_error() {
        navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(_get(LoginView.class).shownError()).isNull();
    }

    @Test
    void wrong_credentials_say_so() {
        var form = formAfterFailure(new BadCredentialsException("x"));
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownError())
                .isEqualTo("Incorrect username or password. Check them and try again.");
    }

    @Test
    void a_locked_account_says_for_how_long() {
        var form = formAfterFailure(new LockedException("x"));
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownError())
                .isEqualTo("Too many failed sign-in attempts. This account is locked for 15 minutes.")
                .contains("15 minutes");
    }
}
