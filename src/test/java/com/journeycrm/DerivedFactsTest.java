package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.FollowUpService;
import com.journeycrm.client.MoveService;
import com.journeycrm.client.ReassignService;
import com.journeycrm.client.SnoozeService;
import com.journeycrm.client.Source;
import com.journeycrm.client.TimelineService;
import com.journeycrm.client.TouchPointDetails;
import com.journeycrm.client.TouchPointService;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.stage.Outcome;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every derived fact the database keeps equals its recomputation from the base tables ({@link DerivedFacts}): on the
 * demo data and whatever the tests before changed, and after a mixed day of changes.
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
        reassignments.reassign(id, data.user("sales2").getId(), data.reload(id).getVersion());
        try (var connection = dataSource.getConnection()) {
            assertThat(DerivedFacts.disagreements(connection)).isEmpty();
        }
    }
}
