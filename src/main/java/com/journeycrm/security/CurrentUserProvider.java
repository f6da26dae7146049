package com.journeycrm.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** For services: who is calling. Never trusts an id passed in from the UI. */
@Component
public class CurrentUserProvider {

    public CurrentUser require() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return principal.toCurrentUser();
        }
        throw new AccessDeniedException("Not logged in");
    }
}
