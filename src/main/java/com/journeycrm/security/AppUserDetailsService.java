package com.journeycrm.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for Spring Security's password check. */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginAttempts attempts;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, LoginAttempts attempts, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!AppUser.couldBeUsername(username)) {
            throw new UsernameNotFoundException("not a username");
        }
        // the system's own account is nobody's to sign in with: it is treated as a name that does not exist
        var user = users.findByUsernameIgnoreCase(username.trim()).filter(u -> u.getRole() != Role.SYSTEM);
        if (user.isEmpty()) {
            // Unknown names lock exactly like real ones, so the message never tells whether a name exists.
            if (attempts.isUnknownNameLocked(username)) {
                // a locked stand-in: the same pre-authentication check then refuses it as for real accounts
                return User.withUsername(username)
                        .password("{noop}-")
                        .authorities(List.of())
                        .accountLocked(true)
                        .build();
            }
            throw new UsernameNotFoundException("unknown user");
        }
        return new AppUserPrincipal(user.get(), !user.get().isLockedAt(clock.instant()));
    }
}
