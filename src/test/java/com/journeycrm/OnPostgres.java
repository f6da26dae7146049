package com.journeycrm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a service test class again against a real PostgreSQL (same Flyway migrations, same queries) when
 * {@code JOURNEY_TEST_PG_URL} points at an empty database; {@code .ci/run} starts one. Skipped otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestEnvironment.PostgresAvailable.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=${JOURNEY_TEST_PG_URL}",
            "spring.datasource.username=${JOURNEY_TEST_PG_USER:journey}",
            "spring.datasource.password=${JOURNEY_TEST_PG_PASSWORD:journey}",
            // as the postgres profile sets it (application-postgres.properties)
            "spring.datasource.hikari.connection-init-sql=set jit = off"
        })
public @interface OnPostgres {}
