package com.journeycrm.security.ui;

import com.journeycrm.security.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * A signed-in user's page opens in the language they chose in their menu; without a choice, Vaadin's pick from the
 * browser's languages stands. Asked once per page load (a primary-key read).
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    private final UserService users;
    private final AuthenticationContext authentication;

    ChosenLanguage(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (authentication.isAuthenticated()) {
                users.chosenLanguage().ifPresent(init.getUI()::setLocale);
            }
        });
    }
}
