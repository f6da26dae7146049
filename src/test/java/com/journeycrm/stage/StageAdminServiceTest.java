package com.journeycrm.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditRow;
import com.journeycrm.audit.AuditService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.SnoozeService;
import com.journeycrm.journey.MoveAllService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** An admin shapes the journey's stages; phases and the stages that record outcomes keep their meaning. */
@IntegrationTest
class StageAdminServiceTest {

    @Autowired
    StageAdminService admin;

    @Autowired
    StageService stages;

    @Autowired
    SnoozeService snoozes;

    @Autowired
    AuditService audit;

    @Autowired
    MoveAllService moveAll;

    @Autowired
    TestData data;

    private final List<Long> added = new ArrayList<>();

    /** Other tests count the default journey's stages: the ones added here leave (their clients to Lost). */
    @AfterEach
    void removeTheStagesThisTestAdded() {
        data.loginAs("admin");
        long lost = data.stage("Lost").getId();
        for (long id : added) {
            if (stages.listStages().stream().anyMatch(s -> s.id() == id)) {
                moveAll.moveAllAndRemove(id, lost);
            }
        }
    }

    private StageSummary addStage(Phase phase, Integer quietDays) {
        data.loginAs("admin");
        var stage = admin.add(phase, StageSettings.of(data.unique("Stage"), StagePalette.PLUM, quietDays, null));
        added.add(stage.id());
        return stage;
    }

    private StageSummary current(long id) {
        return stages.listStages().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private List<AuditRow> latest(AuditKind kind) {
        return audit.search(new AuditFilter(null, null, kind, null, null), PageRequest.of(0, 5));
    }

    @Test
    void a_new_stage_is_an_ordinary_step_at_the_end_of_its_phase() {
        var stage = addStage(Phase.PRE_PURCHASE, 14);

        var order = stages.listStages();
        var preOrder =
                order.stream().filter(s -> s.phase() == Phase.PRE_PURCHASE).toList();
        assertThat(preOrder.getLast().id()).isEqualTo(stage.id());
        assertThat(order.indexOf(current(stage.id()))).isEqualTo(preOrder.size() - 1);
        assertThat(stage.kind()).isEqualTo(StageKind.STANDARD);
        assertThat(stage.colour()).isEqualTo(StagePalette.PLUM.hex());
        assertThat(latest(AuditKind.STAGE_ADDED).getFirst().subject()).isEqualTo(stage.name());
    }

    @Test
    void a_rename_recolour_and_retune_shows_in_board_order_and_is_audited() {
        var stage = addStage(Phase.CLIENT_EXPERIENCE, 14);
        String name = data.unique("Renamed");

        admin.update(stage.id(), stage.version(), StageSettings.of("  " + name + " ", StagePalette.TEAL, 30, 5));

        var now = current(stage.id());
        assertThat(now.name()).isEqualTo(name);
        assertThat(now.colour()).isEqualTo(StagePalette.TEAL.hex());
        assertThat(now.quietThresholdDays()).isEqualTo(30);
        assertThat(now.wipLimit()).isEqualTo(5);
        assertThat(latest(AuditKind.STAGE_EDITED).getFirst().detail())
                .contains(
                        "Name: " + stage.name() + " → " + name,
                        "Colour: #a35c9c → #1f8a8a",
                        "Quiet after (days): 14 → 30",
                        "WIP limit: — → 5");
    }

    @Test
    void a_name_in_use_in_any_case_and_a_stale_version_are_refused() {
        var stage = addStage(Phase.CLIENT_EXPERIENCE, 14);
        assertThatThrownBy(() -> admin.update(
                        stage.id(), stage.version(), StageSettings.of("deCIDing", StagePalette.TEAL, 14, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already a stage called deCIDing");
        admin.update(stage.id(), stage.version(), StageSettings.of(stage.name(), StagePalette.GREEN, 14, null));
        assertThatThrownBy(() -> admin.update(
                        stage.id(), stage.version(), StageSettings.of(stage.name(), StagePalette.ROSE, 14, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(current(stage.id()).colour()).isEqualTo(StagePalette.GREEN.hex());
    }

    @Test
    void stages_move_earlier_and_later_only_within_their_phase() {
        var first = addStage(Phase.FORMER_CLIENT, null);
        var second = addStage(Phase.FORMER_CLIENT, null);

        admin.reorder(second.id(), true);

        var former = stages.listStages().stream()
                .filter(s -> s.phase() == Phase.FORMER_CLIENT)
                .map(StageSummary::id)
                .toList();
        assertThat(former.indexOf(second.id())).isEqualTo(former.indexOf(first.id()) - 1);
        assertThatThrownBy(() -> admin.reorder(first.id(), false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already the last stage of Former client");
        long firstOfPhase = stages.listStages().stream()
                .filter(s -> s.phase() == Phase.PRE_PURCHASE)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> admin.reorder(firstOfPhase, true)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void stages_that_record_outcomes_the_last_of_a_phase_and_ones_with_clients_stay() {
        data.loginAs("admin");
        assertThatThrownBy(() -> admin.remove(data.stage("Deciding").getId()))
                .hasMessageContaining("Deciding records outcomes (hired, not now or no way)");
        assertThatThrownBy(() -> admin.remove(data.stage("Between engagements").getId()))
                .hasMessageContaining("the only stage of Between engagements");
        var stage = addStage(Phase.PRE_PURCHASE, 14);
        var client = data.client(data.unique("Sitting"), "sales", stage.name());

        assertThatThrownBy(() -> admin.remove(stage.id())).hasMessageContaining("still has 1 client");
        assertThat(current(stage.id())).isNotNull();
        assertThat(data.reload(client.getId()).getStage().getId()).isEqualTo(stage.id());
    }

    @Test
    void an_unused_stage_is_removed_everywhere() {
        var stage = addStage(Phase.PRE_PURCHASE, 14);
        admin.remove(stage.id());
        assertThat(stages.listStages()).extracting(StageSummary::id).doesNotContain(stage.id());
        assertThatThrownBy(() -> stages.require(stage.id())).hasMessage("That stage no longer exists.");
        assertThat(latest(AuditKind.STAGE_REMOVED).getFirst().subject()).isEqualTo(stage.name());
    }

    @Test
    void a_new_quiet_threshold_retimes_every_client_in_the_stage_and_a_later_snooze_still_wins() {
        var stage = addStage(Phase.CLIENT_EXPERIENCE, 10);
        Instant entered = TestConfig.NOW.minus(Duration.ofDays(4));
        var plain = data.client(data.unique("Plain"), "sales", stage.name(), entered);
        var snoozed = data.client(data.unique("Snoozed"), "sales", stage.name(), entered);
        data.loginAs("sales");
        Instant snoozeEnd = TestConfig.NOW.plus(Duration.ofDays(60));
        snoozes.snooze(snoozed.getId(), snoozeEnd, "Budget in spring");
        data.loginAs("admin");

        admin.update(stage.id(), stage.version(), StageSettings.of(stage.name(), StagePalette.PLUM, 30, null));
        assertThat(data.reload(plain.getId()).getNextTouchDue()).isEqualTo(entered.plus(Duration.ofDays(30)));
        assertThat(data.reload(snoozed.getId()).getNextTouchDue()).isEqualTo(snoozeEnd);

        admin.update(
                stage.id(), current(stage.id()).version(), StageSettings.of(stage.name(), StagePalette.PLUM, 90, null));
        assertThat(data.reload(snoozed.getId()).getNextTouchDue()).isEqualTo(entered.plus(Duration.ofDays(90)));

        admin.update(
                stage.id(),
                current(stage.id()).version(),
                StageSettings.of(stage.name(), StagePalette.PLUM, null, null));
        assertThat(data.reload(plain.getId()).getNextTouchDue()).isNull();
        assertThat(data.reload(plain.getId()).getVersion()).isEqualTo(plain.getVersion());
    }

    @Test
    void only_admins_shape_stages() {
        var stage = addStage(Phase.PRE_PURCHASE, 14);
        for (String user : List.of("sales", "manager")) {
            data.loginAs(user);
            assertThatThrownBy(() -> admin.update(
                            stage.id(), stage.version(), StageSettings.of("Mine", StagePalette.ROSE, 1, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.remove(stage.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(
                            () -> admin.add(Phase.PRE_PURCHASE, StageSettings.of("Mine", StagePalette.ROSE, 1, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_name_too_long_or_blank_and_a_threshold_out_of_range_are_refused() {
        data.loginAs("admin");
        assertThatThrownBy(() ->
                        admin.add(Phase.PRE_PURCHASE, StageSettings.of("x".repeat(61), StagePalette.ROSE, 1, null)))
                .hasMessageContaining("At most 60 characters");
        assertThatThrownBy(() -> admin.add(Phase.PRE_PURCHASE, StageSettings.of(" ", StagePalette.ROSE, 1, null)))
                .hasMessageContaining("Enter the stage's name");
        assertThatThrownBy(() -> admin.add(Phase.PRE_PURCHASE, StageSettings.of("Fine", StagePalette.ROSE, 0, null)))
                .hasMessageContaining("At least 1 day");
        assertThat(stages.listStages()).extracting(StageSummary::name).doesNotContain("Fine");
    }
}
