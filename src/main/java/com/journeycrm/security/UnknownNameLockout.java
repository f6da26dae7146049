package com.journeycrm.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Failed logins for usernames that do not exist, remembered so that they lock exactly like real accounts and the
 * "locked" message never tells a real name from an invented one.
 *
 * <p>Anyone can send such names, so the memory is bounded three ways: names longer than a real username are not
 * remembered at all; every entry expires after the lock duration; each of the two caches holds at most
 * {@code maxNames} entries. Locks live apart from failure counts, so flooding with single failures (one request
 * per name) cannot evict a lock; evicting locks needs {@code maxNames} other locks, i.e. five failed logins each —
 * each of which costs the server a BCrypt check — inside one lock duration (with 50,000 names: 250,000 logins in
 * 15 minutes, ~280 per second, several times what two cores can hash).
 */
final class UnknownNameLockout {

    static final int MAX_NAMES = 50_000;

    private final Clock clock;
    private final Cache<String, Integer> failures;
    private final Cache<String, Instant> locks;

    UnknownNameLockout(Clock clock) {
        this(clock, MAX_NAMES, Runnable::run);
    }

    UnknownNameLockout(Clock clock, int maxNames, Executor maintenance) {
        this.clock = clock;
        // Expiry follows the app's clock, so a test that moves time also sees memory freed.
        this.failures = Caffeine.newBuilder()
                .maximumSize(maxNames)
                .expireAfterWrite(AppUser.LOCK_DURATION)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(maintenance)
                .build();
        this.locks = Caffeine.newBuilder()
                .maximumSize(maxNames)
                .expireAfterWrite(AppUser.LOCK_DURATION)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(maintenance)
                .build();
    }

    void recordFailure(String name) {
        String key = key(name);
        if (key == null || isLocked(name)) {
            return;
        }
        int count = failures.asMap().merge(key, 1, Integer::sum);
        if (count >= AppUser.MAX_FAILED_LOGINS) {
            failures.invalidate(key);
            locks.put(key, clock.instant().plus(AppUser.LOCK_DURATION));
        }
    }

    boolean isLocked(String name) {
        String key = key(name);
        Instant until = key == null ? null : locks.getIfPresent(key);
        return until != null && until.isAfter(clock.instant());
    }

    /** How many names are remembered, failures and locks together. */
    long trackedNames() {
        failures.cleanUp();
        locks.cleanUp();
        return failures.estimatedSize() + locks.estimatedSize();
    }

    /** The name as it is looked up, or null when it cannot be a username and is not worth remembering. */
    private static @Nullable String key(String name) {
        return AppUser.couldBeUsername(name) ? name.trim().toLowerCase(Locale.ROOT) : null;
    }
}
