package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.HandOverService;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.ReassignService;
import com.journeycrm.client.SnoozeService;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.MoveAllService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSettings;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportPlan;
import com.journeycrm.transfer.ImportService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every derived fact the database keeps equals its recomputation from the base tables ({@link DerivedFacts}): on the
 * demo data and whatever the tests before changed, and after a mixed day of changes: every use case that writes a derived fact.
 */
@IntegrationTest
class DerivedFactsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestData data;

    @Autowired
    ClientService clients;

    @Autowired
    MoveService moves;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    TimelineService timelines;

    @Autowired
    SnoozeService snoozes;

    @Autowired
    ReassignService reassignments;

    @Autowired
    FollowUpService followUps;

    @Autowired
    HandOverService handOvers;

    @Autowired
    MoveAllService moveAll;

    @Autowired
    StageAdminService stageAdmin;

    @Autowired
    StageService stages;

    @Autowired
    ImportService imports;

    @Test
    void every_kept_fact_equals_its_recomputation_before_and_after_a_mixed_day() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(DerivedFacts.disagreements(connection)).isEmpty();
        }
        data.loginAs("manager");
        var profile = new ClientProfile();
        profile.setName(data.unique("Mixed day"));
        profile.setSource(Source.SOCIAL);
        long id = clients.create(profile, data.stage("Deciding").getId(), null);
        var hired = moves.moveClient(
                id,
                data.stage("Active engagement").getId(),
                Outcome.HIRED,
                "fit",
                data.reload(id).getVersion());
        moves.undoMove(hired.stageChangeId(), hired.newVersion());
        moves.moveClient(
                id,
                data.stage("Active engagement").getId(),
                Outcome.HIRED,
                "fit again",
                data.reload(id).getVersion());
        var touch = new TouchPointDetails();
        touch.setType(TouchPointType.MEETING);
        touch.setDirection(Direction.OUTBOUND);
        touch.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofHours(1)), ZoneOffset.UTC));
        touch.setSummary("Kick-off");
        touchPoints.logTouchPoint(id, touch, ZoneOffset.UTC);
        touch.setSummary("Second");
        touch.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofDays(40)), ZoneOffset.UTC));
        touchPoints.logTouchPoint(id, touch, ZoneOffset.UTC);
        long latest = timelines
                .timeline(id, EnumSet.allOf(TouchPointType.class), false, 0, 1)
                .getFirst()
                .touchPointId();
        touchPoints.deleteTouchPoint(latest);
        snoozes.snooze(id, TestConfig.NOW.plus(Duration.ofDays(90)), "holiday");
        followUps.scheduleFollowUp(id, "Send the plan", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, null);
        followUps.scheduleFollowUp(id, "Book the workshop", TestConfig.TODAY.plusDays(5), ZoneOffset.UTC, null);
        // the earliest open one moves past the other: next_follow_up_due is now the workshop's
        followUps.replanFollowUp(
                followUps.followUps(id).stream()
                        .filter(f -> f.what().equals("Send the plan"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                TestConfig.TODAY.plusDays(9),
                ZoneOffset.UTC,
                data.user("sales").getId());
        reassignments.reassign(id, data.user("sales2").getId(), data.reload(id).getVersion());
        long touchId = timelines
                .timeline(id, EnumSet.allOf(TouchPointType.class), false, 0, 1)
                .getFirst()
                .touchPointId();
        var edit = touchPoints.touchPoint(touchId, ZoneOffset.UTC);
        edit.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW.minus(Duration.ofDays(3)), ZoneOffset.UTC));
        touchPoints.updateTouchPoint(touchId, edit, ZoneOffset.UTC);
        importTwoClients();

        data.loginAs("admin");
        var leaving = data.newUser(Role.SALES, "pw");
        data.client(data.unique("Handed over"), leaving.getUsername(), "Interested");
        handOvers.handOver(leaving.getId(), data.user("sales2").getId());
        var retiring = stageAdmin.add(
                Phase.PRE_PURCHASE, StageSettings.of(data.unique("Retiring"), StagePalette.PLUM, 10, null));
        var inIt = data.client(data.unique("In a retiring stage"), "sales", "Interested");
        data.loginAs("sales");
        moves.moveClient(
                inIt.getId(),
                retiring.id(),
                null,
                null,
                data.reload(inIt.getId()).getVersion());
        data.loginAs("admin");
        stageAdmin.update(
                retiring.id(), versionOf(retiring.id()), StageSettings.of(retiring.name(), StagePalette.PLUM, 3, null));
        try (var connection = dataSource.getConnection()) {
            assertThat(DerivedFacts.disagreements(connection))
                    .as("after the stage's threshold changed")
                    .isEmpty();
        }
        moveAll.moveAllAndRemove(retiring.id(), data.stage("Interested").getId());
        try (var connection = dataSource.getConnection()) {
            assertThat(DerivedFacts.disagreements(connection)).isEmpty();
        }
    }

    private long versionOf(long stageId) {
        return stages.listStages().stream()
                .filter(st -> st.id() == stageId)
                .findFirst()
                .orElseThrow()
                .version();
    }

    /** Two clients through the import, one with a last touch, as an admin's spreadsheet brings them. */
    private void importTwoClients() {
        String text = "Name,Stage,Owner,Last touch\r\n" + data.unique("Imported") + ",Interested,sales,2026-11-02\r\n"
                + data.unique("Imported") + ",Active engagement,sales2,\r\n";
        var file = CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));
        var plan = new ImportPlan(
                Map.of(ImportField.NAME, 0, ImportField.STAGE, 1, ImportField.OWNER, 2, ImportField.LAST_TOUCH, 3),
                Map.of(
                        "Interested",
                        data.stage("Interested").getId(),
                        "Active engagement",
                        data.stage("Active engagement").getId()),
                Map.of(
                        "sales",
                        data.user("sales").getId(),
                        "sales2",
                        data.user("sales2").getId()),
                ZoneOffset.UTC);
        assertThat(imports.importClients(file, plan, p -> {})).isEqualTo(2);
    }
}
