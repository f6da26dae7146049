package com.journeycrm.insight;

import com.journeycrm.TestEnvironment;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The 2,000-client history on PostgreSQL, in a schema of its own (the other tests' schema has its own clients). */
@ExtendWith(TestEnvironment.PostgresAvailable.class)
class EveryFigureOn2000ClientsOnPostgresTest extends EveryFigureTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) throws SQLException {
        var schema = TestEnvironment.PostgresSchema.fresh("every_figure_2000");
        registry.add("spring.datasource.url", schema::url);
        registry.add("spring.datasource.username", schema::user);
        registry.add("spring.datasource.password", schema::password);
        registry.add("spring.datasource.hikari.connection-init-sql", () -> "set jit = off");
        registry.add("journey.demo-data.clients", () -> "2000");
    }
}
