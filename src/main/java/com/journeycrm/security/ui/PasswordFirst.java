package com.journeycrm.security.ui;

import com.journeycrm.security.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * A user whose password an admin set is sent to choose their own before any other page: every navigation of a
 * signed-in user asks once (a primary-key read) until they have.
 */
@Component
class PasswordFirst implements VaadinServiceInitListener {

    private final UserService users;
    private final AuthenticationContext authentication;

    PasswordFirst(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    var target = enter.getNavigationTarget();
                    if (target == PasswordView.class
                            || target == LoginView.class
                            || !authentication.isAuthenticated()) {
                        return;
                    }
                    if (users.mustChangePassword()) {
                        enter.rerouteTo(PasswordView.class);
                    }
                }));
    }
}
