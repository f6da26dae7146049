package com.journeycrm;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every integration test starts and ends at {@link TestConfig#NOW} with nobody logged in, whatever the test before
 * it did to the shared clock and security context.
 */
public class FreshClockAndLogin implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        reset(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset(context);
    }

    private static void reset(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(MutableClock.class).set(TestConfig.NOW);
        spring.getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
