package com.journeycrm.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditService;
import com.journeycrm.client.Client;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSettings;
import com.journeycrm.stage.StageSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Removing a stage that has clients: they all move where the admin says, each move recorded, then it goes. */
@IntegrationTest
class MoveAllServiceTest {

    @Autowired
    MoveAllService moveAll;

    @Autowired
    StageAdminService stageAdmin;

    @Autowired
    StageService stages;

    @Autowired
    MoveService moves;

    @Autowired
    AuditService audit;

    @Autowired
    TestData data;

    private StageSummary newStage() {
        data.loginAs("admin");
        return stageAdmin.add(Phase.PRE_PURCHASE, StageSettings.of(data.unique("Doomed"), StagePalette.ROSE, 7, null));
    }

    @Test
    void every_client_moves_with_its_stage_change_and_the_stage_is_retired_but_stays_in_history() {
        var doomed = newStage();
        var one = data.client(data.unique("First"), "sales", doomed.name());
        var two = data.client(data.unique("Second"), "manager", doomed.name());
        long informed = data.stage("Informed").getId();
        data.loginAs("admin");

        assertThat(moveAll.moveAllAndRemove(doomed.id(), informed)).isEqualTo(2);

        for (Client client : new Client[] {one, two}) {
            assertThat(data.reload(client.getId()).getStage().getId()).isEqualTo(informed);
            var latest = data.history(client.getId()).getFirst();
            assertThat(latest.getFromStage().getName()).isEqualTo(doomed.name());
            assertThat(latest.getReason()).isEqualTo("Stage " + doomed.name() + " removed");
        }
        assertThat(stages.listStages()).extracting(StageSummary::id).doesNotContain(doomed.id());
        assertThat(audit.count(new AuditFilter(null, one.getId(), AuditKind.MOVED, null, null)))
                .isEqualTo(1);
        // the journey back into a removed stage is closed
        data.loginAs("sales");
        var reloaded = data.reload(one.getId());
        assertThatThrownBy(() ->
                        moves.undoMove(data.history(one.getId()).getFirst().getId(), reloaded.getVersion()))
                .hasMessageContaining("has been removed");
    }

    @Test
    void moving_to_a_stage_that_records_an_outcome_records_it() {
        var doomed = newStage();
        var client = data.client(data.unique("Lost one"), "sales", doomed.name());
        data.loginAs("admin");
        moveAll.moveAllAndRemove(doomed.id(), data.stage("Lost").getId());
        assertThat(data.history(client.getId()).getFirst().getOutcome()).isEqualTo(Outcome.NO_WAY);
    }

    @Test
    void nothing_moves_when_the_stage_may_not_go_and_only_admins_may_ask() {
        data.loginAs("admin");
        var client = data.client(data.unique("Deciding"), "sales", "Deciding");
        assertThatThrownBy(() -> moveAll.moveAllAndRemove(
                        data.stage("Deciding").getId(), data.stage("Informed").getId()))
                .hasMessageContaining("records outcomes");
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");
        data.loginAs("manager");
        assertThatThrownBy(() -> moveAll.moveAllAndRemove(
                        data.stage("Informed").getId(), data.stage("Aware").getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
