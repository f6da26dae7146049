package com.journeycrm.security;

import com.journeycrm.base.NotAllowedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** For services: who is calling. Never trusts an id passed in from the UI. */
@Component
public class CurrentUserProvider {

    private final SecurityContextHolderStrategy contexts;

    /** Uses the application's own strategy (Vaadin's session-aware one), as method security does. */
    CurrentUserProvider(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public CurrentUser require() {
        var auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return principal.toCurrentUser();
        }
        throw NotAllowedException.of("security.notLoggedIn");
    }
}
