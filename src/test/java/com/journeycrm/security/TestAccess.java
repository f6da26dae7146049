package com.journeycrm.security;

import java.time.Instant;

/** Lets tests in other packages put an account into the states that logins produce. */
public final class TestAccess {

    private TestAccess() {}

    public static void recordFailedLogin(AppUser user, Instant now) {
        user.recordFailedLogin(now);
    }

    public static void disable(AppUser user) {
        user.disable();
    }
}
