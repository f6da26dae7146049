package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Source;
import com.journeycrm.journey.MoveService;
import com.journeycrm.stage.Outcome;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL as the operations docs set it up: the migrations run as the schema's owner, the app connects as a
 * role with data rights only ({@code JOURNEY_TEST_PG_APP_USER}; {@code .ci/run} creates it). The app works, and its
 * connections can neither empty, drop nor alter the audit trail; the owner cannot truncate it either.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(TestEnvironment.PostgresAvailable.class)
@EnabledIfEnvironmentVariable(named = "JOURNEY_TEST_PG_APP_USER", matches = ".+")
@TestPropertySource(
        properties = {
            "spring.datasource.url=${JOURNEY_TEST_PG_URL}",
            "spring.datasource.username=${JOURNEY_TEST_PG_APP_USER}",
            "spring.datasource.password=${JOURNEY_TEST_PG_APP_PASSWORD:journey_app}",
            "spring.flyway.user=${JOURNEY_TEST_PG_USER:journey}",
            "spring.flyway.password=${JOURNEY_TEST_PG_PASSWORD:journey}"
        })
class AppRoleOnPostgresTest {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    ClientService clients;

    @Autowired
    MoveService moves;

    @Autowired
    TestData data;

    @Test
    void the_app_works_with_data_rights_and_cannot_empty_drop_or_alter_the_audit_trail() throws SQLException {
        assertThat(sql.queryForObject("select current_user", String.class))
                .isEqualTo(System.getenv("JOURNEY_TEST_PG_APP_USER"));
        data.loginAs("manager");
        var profile = new ClientProfile();
        profile.setName(data.unique("Least privilege"));
        profile.setSource(Source.WEBSITE);
        long id = clients.create(profile, data.stage("Deciding").getId(), null);
        moves.moveClient(
                id,
                data.stage("Active engagement").getId(),
                Outcome.HIRED,
                "fit",
                data.reload(id).getVersion());
        long entries = sql.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(entries).isPositive();

        for (String statement : new String[] {
            "truncate table audit_entry",
            "drop table audit_entry",
            "alter table audit_entry add column erased boolean",
            "alter table audit_entry disable trigger all",
            "delete from audit_entry",
            "update audit_entry set detail = null"
        }) {
            assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(DataAccessException.class);
        }
        try (var owner = DriverManager.getConnection(
                        System.getenv("JOURNEY_TEST_PG_URL"),
                        System.getenv().getOrDefault("JOURNEY_TEST_PG_USER", "journey"),
                        System.getenv().getOrDefault("JOURNEY_TEST_PG_PASSWORD", "journey"));
                var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("truncate table audit_entry"))
                    .as("the owner's truncate")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(sql.queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(entries);
    }
}
