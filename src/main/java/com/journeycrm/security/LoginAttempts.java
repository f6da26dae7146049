package com.journeycrm.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 failed logins in a row. Failures for names that do not exist
 * are counted in memory the same way, so that "account locked" never confirms that a username exists.
 */
@Component
class LoginAttempts {

    private static final int MAX_TRACKED_UNKNOWN_NAMES = 10_000;

    private record Unknown(int failures, Instant lockedUntil) {
    }

    private final AppUserRepository users;
    private final Clock clock;
    private final Map<String, Unknown> unknownNames = new ConcurrentHashMap<>();

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        Instant now = clock.instant();
        users.findByUsernameIgnoreCase(name.trim()).ifPresentOrElse(
                user -> user.recordFailedLogin(now),
                () -> recordUnknown(name, now));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(AppUser::recordSuccessfulLogin);
    }

    boolean isUnknownNameLocked(String name) {
        Unknown entry = unknownNames.get(key(name));
        return entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(clock.instant());
    }

    private void recordUnknown(String name, Instant now) {
        if (unknownNames.size() > MAX_TRACKED_UNKNOWN_NAMES) {
            unknownNames.clear();
        }
        unknownNames.compute(key(name), (k, old) -> {
            int failures = (old == null || (old.lockedUntil() != null && !old.lockedUntil().isAfter(now)))
                    ? 1 : old.failures() + 1;
            return failures >= AppUser.MAX_FAILED_LOGINS
                    ? new Unknown(0, now.plus(AppUser.LOCK_DURATION))
                    : new Unknown(failures, null);
        });
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
