package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The memory of failed logins for names nobody has: same lock as a real account, bounded, expiring. */
class UnknownNameLockoutTest {

    private static final int SMALL_LIMIT = 1_000;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final UnknownNameLockout lockout = new UnknownNameLockout(clock, SMALL_LIMIT, Runnable::run);

    private void failTimes(String name, int times) {
        for (int i = 0; i < times; i++) {
            lockout.recordFailure(name);
        }
    }

    @Test
    void five_failures_lock_a_name_regardless_of_case_and_surrounding_spaces() {
        failTimes("ghost", 4);
        assertThat(lockout.isLocked("ghost")).isFalse();
        lockout.recordFailure(" GHOST ");
        assertThat(lockout.isLocked("Ghost")).isTrue();
    }

    @Test
    void the_lock_ends_after_fifteen_minutes_and_the_memory_is_freed() {
        failTimes("ghost", 5);
        failTimes("someone-else", 2);
        clock.advance(Duration.ofMinutes(16));
        assertThat(lockout.isLocked("ghost")).isFalse();
        assertThat(lockout.trackedNames()).isZero();
    }

    @Test
    void a_flood_of_single_failures_for_other_names_does_not_clear_a_lock() {
        failTimes("ghost", 5);
        for (int i = 0; i < 20 * SMALL_LIMIT; i++) {
            lockout.recordFailure("flood-" + i);
        }
        assertThat(lockout.isLocked("ghost")).isTrue();
    }

    @Test
    void memory_stays_bounded_however_many_names_fail() {
        for (int i = 0; i < 20 * SMALL_LIMIT; i++) {
            failTimes("flood-" + i, i % 2 == 0 ? 1 : 5);
        }
        assertThat(lockout.trackedNames()).isLessThanOrEqualTo(2L * SMALL_LIMIT);
    }

    @Test
    void names_longer_than_any_username_are_not_remembered() {
        String huge = "x".repeat(1_000_000);
        failTimes(huge, 10);
        failTimes("y".repeat(AppUser.USERNAME_MAX + 1), 10);
        failTimes("   ", 10);
        assertThat(lockout.trackedNames()).isZero();
        assertThat(lockout.isLocked(huge)).isFalse();
    }

    @Test
    void the_production_limit_bounds_each_cache() {
        var production = new UnknownNameLockout(clock);
        for (int i = 0; i < UnknownNameLockout.MAX_NAMES + 5_000; i++) {
            production.recordFailure("n" + i);
        }
        assertThat(production.trackedNames()).isLessThanOrEqualTo(2L * UnknownNameLockout.MAX_NAMES);
    }

    @Test
    void a_name_is_remembered_once_whether_counting_failures_or_locked() {
        failTimes("one", 1);
        failTimes("two", 2);
        assertThat(lockout.trackedNames()).isEqualTo(2);
        failTimes("three", 5);
        assertThat(lockout.trackedNames()).isEqualTo(3);
        failTimes("three", 3);
        assertThat(lockout.trackedNames()).isEqualTo(3);
    }
}
