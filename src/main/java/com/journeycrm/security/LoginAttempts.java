package com.journeycrm.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 failed logins in a row. Failures for names that do not exist
 * are counted in a bounded memory the same way ({@link UnknownNameLockout}), so that "account locked" never
 * confirms that a username exists.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final Clock clock;
    private final UnknownNameLockout unknownNames;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.unknownNames = new UnknownNameLockout(clock);
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (!AppUser.couldBeUsername(name)) {
            return; // nobody can have it: nothing to count, nothing to remember
        }
        Instant now = clock.instant();
        users.findByUsernameIgnoreCase(name.trim()).ifPresentOrElse(
                user -> user.recordFailedLogin(now),
                () -> unknownNames.recordFailure(name));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(AppUser::recordSuccessfulLogin);
    }

    boolean isUnknownNameLocked(String name) {
        return unknownNames.isLocked(name);
    }

    long trackedUnknownNames() {
        return unknownNames.trackedNames();
    }
}
