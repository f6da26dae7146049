package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.MoveService;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StageSettings;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportPlan;
import com.journeycrm.transfer.ImportService;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A database migrated on one of the pool's connections keeps taking writes after the pool has retired that
 * connection (as it does every {@code max-lifetime}, 30 minutes by default). H2 2.4.240 kept each enum CHECK's
 * constants bound to the session that ran the DDL: once that session closed, every write that met such a check
 * failed with "Check constraint invalid" (h2database issue 4302).
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:retired-connections;DB_CLOSE_DELAY=-1")
class ConnectionRetirementTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    TestData data;

    @Autowired
    ClientService clients;

    @Autowired
    MoveService moves;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    StageAdminService stageAdmin;

    @Autowired
    ImportService imports;

    @Autowired
    AppUserRepository users;

    @Autowired
    WebApplicationContext web;

    @Test
    void every_kind_of_write_is_saved_after_the_pool_retired_the_connection_that_migrated_the_database()
            throws Exception {
        retireEveryPooledConnection();

        data.loginAs("manager");
        var profile = new ClientProfile();
        profile.setName(data.unique("After retirement"));
        profile.setSource(Source.EVENT);
        long created = clients.create(profile, data.stage("Deciding").getId(), null);
        assertThat(clients.details(created).stageName()).isEqualTo("Deciding");

        var moved = data.reload(created);
        moves.moveClient(
                created, data.stage("Active engagement").getId(), Outcome.HIRED, "best fit", moved.getVersion());
        assertThat(clients.details(created).stageName()).isEqualTo("Active engagement");

        var touch = new TouchPointDetails();
        touch.setType(TouchPointType.CALL);
        touch.setDirection(Direction.OUTBOUND);
        touch.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC));
        touch.setSummary("Kick-off call");
        touchPoints.logTouchPoint(created, touch, ZoneOffset.UTC);
        assertThat(clients.details(created).lastTouchAt()).isEqualTo(TestConfig.NOW);

        data.loginAs("admin");
        var stage = data.stage("Interested");
        stageAdmin.update(
                stage.getId(),
                stage.getVersion(),
                StageSettings.of("Interested", com.journeycrm.stage.StagePalette.TEAL, 21, null));
        assertThat(data.stage("Interested").getQuietThresholdDays()).isEqualTo(21);

        String imported = data.unique("Imported after retirement");
        var file = CsvFile.parse(
                ("Name,Stage,Source\r\n" + imported + ",Aware,Referral\r\n").getBytes(StandardCharsets.UTF_8));
        var plan = new ImportPlan(
                Map.of(ImportField.NAME, 0, ImportField.STAGE, 1, ImportField.SOURCE, 2),
                Map.of("Aware", data.stage("Aware").getId()),
                Map.of(),
                ZoneOffset.UTC);
        assertThat(imports.importClients(file, plan, progress -> {})).isEqualTo(1);
        data.logout();

        var user = data.newUser(Role.SALES, "a-long-enough-password-1");
        var mvc =
                MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        mvc.perform(formLogin("/login").user(user.getUsername()).password("not-the-password"))
                .andReturn();
        assertThat(users.findById(user.getId()).orElseThrow().getFailedLogins())
                .as("the failed login is counted, so the lockout keeps counting")
                .isEqualTo(1);
    }

    /** What Hikari does at max-lifetime, now: every idle connection closed, each in use closed on its return. */
    private void retireEveryPooledConnection() {
        var pool = dataSource.getHikariPoolMXBean();
        int before = pool.getTotalConnections();
        assertThat(before).as("the migration ran on a pooled connection").isPositive();
        pool.softEvictConnections();
        assertThat(pool.getTotalConnections())
                .as("every idle connection is closed")
                .isLessThan(before);
    }
}
