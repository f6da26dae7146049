package com.journeycrm.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the database id and display name so no lookup is needed per request. */
public class AppUserPrincipal extends User {

    private final long id;
    private final String displayName;
    private final Role role;

    AppUserPrincipal(AppUser user, boolean accountNonLocked) {
        super(
                user.getUsername(),
                user.getPasswordHash(),
                user.isEnabled(),
                true,
                true,
                accountNonLocked,
                List.of(new SimpleGrantedAuthority(user.getRole().authority())));
        this.id = user.getId();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, getUsername(), displayName, role);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
