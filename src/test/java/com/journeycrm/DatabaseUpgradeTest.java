package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An installation from before H2 2.5 keeps its data: the app starts on a database file that H2 2.4.240 wrote (the
 * demo data of that release, kept as a test resource) and finds every row of every table.
 */
@SpringBootTest(properties = "journey.demo-data.enabled=false")
class DatabaseUpgradeTest {

    private static final String RESOURCE = "/upgrade/h2-2.4.240-demo";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @DynamicPropertySource
    static void theOldDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("h2-upgrade");
        Path file = dir.resolve("journey-crm.mv.db");
        try (InputStream zipped =
                new GZIPInputStream(DatabaseUpgradeTest.class.getResourceAsStream(RESOURCE + ".mv.db.gz"))) {
            Files.copy(zipped, file);
        }
        registry.add("journey.db.path", () -> dir.resolve("journey-crm").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("journey-crm"));
    }

    @Test
    void a_database_written_by_h2_2_4_opens_with_every_row() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).startsWith("2.5");
        var expected = rows();
        assertThat(expected).isNotEmpty();
        // the rows the old database had (the system's own account is new, migration V27)
        expected.forEach((table, count) -> assertThat(jdbc.queryForObject(
                        "select count(*) from " + table + ("app_user".equals(table) ? " where role <> 'SYSTEM'" : ""),
                        Long.class))
                .as(table.toString())
                .isEqualTo(Long.parseLong(count.toString())));
        assertThat(jdbc.queryForObject(
                        "select count(*) from client c join stage s on s.id = c.stage_id join app_user u on u.id = c.owner_id",
                        Long.class))
                .as("every client still has its stage and owner")
                .isEqualTo(20);
        assertThat(flyway.info().pending())
                .as("the newer migrations applied on top")
                .isEmpty();
    }

    private static Properties rows() {
        var rows = new Properties();
        try (var in = DatabaseUpgradeTest.class.getResourceAsStream(RESOURCE + ".rows.properties")) {
            rows.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
