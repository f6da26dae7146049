package com.journeycrm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    /** All tests share one fixed "now"; tests that move time reset it afterwards. */
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    /** {@link #NOW}'s day in UTC, the zone the tests' users are in. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW);
    }
}
