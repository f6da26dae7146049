package com.journeycrm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on an in-memory H2 migrated by Flyway, with the demo data and a fixed clock; every test starts from
 * the same data ({@link FreshStart}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestConfig.class, TestData.class})
@ExtendWith(FreshStart.class)
public @interface IntegrationTest {}
