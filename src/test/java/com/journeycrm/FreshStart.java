package com.journeycrm;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every integration test starts from the database as the app left it once started ({@link KnownState}), at
 * {@link TestConfig#NOW} with nobody logged in, whatever the test before it did; and ends at that time with nobody
 * logged in.
 */
public class FreshStart implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        reset(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        KnownState.restore(spring.getBean(DataSource.class), spring.getEnvironment());
        reset(context);
    }

    private static void reset(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(MutableClock.class).set(TestConfig.NOW);
        spring.getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
