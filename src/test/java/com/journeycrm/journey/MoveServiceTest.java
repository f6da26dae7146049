package com.journeycrm.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.board.ClientCard;
import com.journeycrm.client.Client;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MoveServiceTest {

    @Autowired
    MoveService moveService;

    @Autowired
    TimelineService timelines;

    @Autowired
    StageService stageService;

    @Autowired
    BoardService boardService;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long stageId(String name) {
        return data.stage(name).getId();
    }

    @Test
    void the_default_journey_has_twelve_stages_in_four_phases() {
        data.loginAs("sales");
        List<StageSummary> stages = stageService.listStages();
        assertThat(stages)
                .extracting(StageSummary::name)
                .startsWith("Aware", "Interested", "On our list", "Asked for information", "Informed", "Deciding")
                .hasSize(12);
        assertThat(stages).extracting(StageSummary::phase).containsAll(List.of(Phase.values()));
    }

    @Test
    void a_client_counts_its_engagements_and_hires_as_its_history_has_them_through_undos() {
        var client = data.client(data.unique("Loop"), "sales", "Deciding", TestConfig.NOW.minus(Duration.ofDays(10)));
        data.loginAs("sales");
        move(client, "Active engagement");
        move(client, "Between engagements");
        var back = move(client, "Active engagement");
        assertThat(counts(client)).containsExactly(2, 1).isEqualTo(countedInHistory(client));

        var undo = moveService.undoMove(
                back.stageChangeId(), data.reload(client.getId()).getVersion());
        assertThat(counts(client)).containsExactly(1, 1).isEqualTo(countedInHistory(client));
        moveService.undoMove(undo.stageChangeId(), data.reload(client.getId()).getVersion());
        assertThat(counts(client)).containsExactly(1, 1).isEqualTo(countedInHistory(client));
        assertThatThrownBy(() -> moveService.undoMove(
                        back.stageChangeId(), data.reload(client.getId()).getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been undone");
        assertThat(counts(client)).containsExactly(1, 1);
    }

    @Test
    void only_the_last_move_can_be_undone_even_by_a_request_with_the_current_version() {
        var client = data.client(data.unique("Older"), "sales", "Aware", TestConfig.NOW.minus(Duration.ofDays(10)));
        data.loginAs("sales");
        var first = move(client, "Interested");
        move(client, "On our list");
        var current = data.reload(client.getId());

        assertThatThrownBy(() -> moveService.undoMove(first.stageChangeId(), current.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only the last move");
        var after = data.reload(client.getId());
        assertThat(after.getStage().getName()).isEqualTo("On our list");
        assertThat(after.getVersion()).isEqualTo(current.getVersion());
    }

    private MoveResult move(Client client, String stage) {
        clock.advance(Duration.ofHours(1));
        var from = data.reload(client.getId());
        var to = data.stage(stage);
        var choices = Outcome.choicesFor(from.getStage().getKind(), to.getKind());
        return moveService.moveClient(
                client.getId(), to.getId(), choices.isEmpty() ? null : choices.getFirst(), null, from.getVersion());
    }

    private List<Integer> counts(Client client) {
        var now = data.reload(client.getId());
        return List.of(now.getEngagements(), now.getHires());
    }

    /** What the history says, by the insights' definition: arrivals in an active stage that count. */
    private List<Integer> countedInHistory(Client client) {
        String counted = """
                select count(*) from stage_change sc join stage st on st.id = sc.to_stage_id
                  left join stage f on f.id = sc.from_stage_id
                where sc.client_id = ? and st.kind = 'ACTIVE' and sc.undo_of_id is null
                  and not exists (select 1 from stage_change u where u.undo_of_id = sc.id)""";
        return List.of(
                jdbc.queryForObject(counted, Integer.class, client.getId()),
                jdbc.queryForObject(counted + " and f.phase = 'PRE_PURCHASE'", Integer.class, client.getId()));
    }

    @Test
    void a_move_updates_the_client_and_appends_one_stage_change() {
        var client = data.client(data.unique("Acme"), "sales", "Informed", TestConfig.NOW.minus(Duration.ofDays(4)));
        data.loginAs("sales");
        clock.advance(Duration.ofHours(1));

        var result = moveService.moveClient(client.getId(), stageId("Deciding"), null, null, client.getVersion());

        var moved = data.reload(client.getId());
        assertThat(moved.getStage().getName()).isEqualTo("Deciding");
        assertThat(moved.getStageEnteredAt()).isEqualTo(clock.instant());
        // never touched: quiet clock runs from entering the stage, Deciding's threshold is 7 days
        assertThat(moved.getNextTouchDue()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(result.newVersion()).isEqualTo(moved.getVersion());

        var history = data.history(client.getId());
        assertThat(history).hasSize(2);
        var last = history.getFirst();
        assertThat(last.getFromStage().getName()).isEqualTo("Informed");
        assertThat(last.getToStage().getName()).isEqualTo("Deciding");
        assertThat(last.getChangedBy().getUsername()).isEqualTo("sales");
        assertThat(last.getFromEnteredAt()).isEqualTo(TestConfig.NOW.minus(Duration.ofDays(4)));
    }

    @Test
    void leaving_deciding_requires_an_outcome_and_records_it_with_the_reason() {
        var client = data.client(data.unique("Globex"), "sales", "Deciding");
        data.loginAs("sales");

        assertThatThrownBy(() -> moveService.moveClient(
                        client.getId(), stageId("Active engagement"), null, null, client.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("outcome");
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");

        moveService.moveClient(
                client.getId(), stageId("Active engagement"), Outcome.HIRED, "Signed today", client.getVersion());
        var last = data.history(client.getId()).getFirst();
        assertThat(last.getOutcome()).isEqualTo(Outcome.HIRED);
        assertThat(last.getReason()).isEqualTo("Signed today");
    }

    @Test
    void an_outcome_that_does_not_fit_the_move_is_refused() {
        var client = data.client(data.unique("Initech"), "sales", "Active engagement");
        data.loginAs("sales");
        assertThatThrownBy(() -> moveService.moveClient(
                        client.getId(), stageId("Former — advocate"), Outcome.HIRED, null, client.getVersion()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void sales_cannot_move_a_client_they_do_not_own() {
        var client = data.client(data.unique("Umbrella"), "sales2", "Informed");
        data.loginAs("sales");
        assertThatThrownBy(() ->
                        moveService.moveClient(client.getId(), stageId("Deciding"), null, null, client.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Informed");
        assertThat(data.history(client.getId())).hasSize(1);
    }

    @Test
    void a_manager_may_move_any_client() {
        var client = data.client(data.unique("Hooli"), "sales2", "Informed");
        data.loginAs("manager");
        moveService.moveClient(client.getId(), stageId("Deciding"), null, null, client.getVersion());
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Deciding");
    }

    @Test
    void a_move_based_on_a_stale_version_is_refused_and_says_who_moved_it() {
        var client = data.client(data.unique("Stark"), "sales", "Interested");
        long loadedVersion = client.getVersion();
        data.loginAs("manager");
        moveService.moveClient(client.getId(), stageId("Informed"), null, null, loadedVersion);

        data.loginAs("sales");
        assertThatThrownBy(
                        () -> moveService.moveClient(client.getId(), stageId("On our list"), null, null, loadedVersion))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Morgan Manager moved " + client.getName() + " to Informed a moment ago");
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Informed");
    }

    @Test
    void the_refusal_says_how_long_ago_the_other_move_was_in_minutes_then_hours() {
        var client = data.client(data.unique("Initech"), "sales", "Interested");
        long loadedVersion = client.getVersion();
        data.loginAs("manager");
        moveService.moveClient(client.getId(), stageId("Informed"), null, null, loadedVersion);
        data.loginAs("sales");

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> moveService.moveClient(client.getId(), stageId("Deciding"), null, null, loadedVersion))
                .hasMessageContaining("to Informed 2 minutes ago");
        clock.advance(Duration.ofMinutes(117));
        assertThatThrownBy(() -> moveService.moveClient(client.getId(), stageId("Deciding"), null, null, loadedVersion))
                .hasMessageContaining("to Informed 119 minutes ago");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> moveService.moveClient(client.getId(), stageId("Deciding"), null, null, loadedVersion))
                .hasMessageContaining("to Informed 2 hours ago");
    }

    @Test
    void the_timeline_tells_a_first_stage_a_move_with_its_outcome_and_an_undo_apart() {
        var client = data.client(data.unique("Umbrella"), "sales", "Deciding");
        data.loginAs("sales");
        clock.advance(Duration.ofMinutes(1));
        var moved = moveService.moveClient(
                client.getId(), stageId("Active engagement"), Outcome.HIRED, "Signed", client.getVersion());
        clock.advance(Duration.ofMinutes(1));
        moveService.undoMove(moved.stageChangeId(), moved.newVersion());

        var stageEntries = timelines.timeline(client.getId(), Set.of(), true, 0, 50).stream()
                .filter(TimelineEntry::isStageChange)
                .toList();
        assertThat(stageEntries)
                .extracting(e -> e.headline().english())
                .containsExactly(
                        "Undo: back to Deciding", "Moved from Deciding to Active engagement", "Added in Deciding");
        assertThat(stageEntries.get(1).outcome()).isEqualTo(Outcome.HIRED);
        assertThat(stageEntries.get(1).detail()).isEqualTo("Signed");
        assertThat(stageEntries.get(0).detail()).isEqualTo("Undo");
        assertThat(stageEntries).noneMatch(TimelineEntry::isTouchPoint);
    }

    @Test
    void undo_moves_the_client_back_restoring_its_time_in_stage_and_is_itself_recorded() {
        var entered = TestConfig.NOW.minus(Duration.ofDays(10));
        var client = data.client(data.unique("Wayne"), "sales", "Informed", entered);
        data.loginAs("sales");
        var move = moveService.moveClient(client.getId(), stageId("Deciding"), null, null, client.getVersion());

        var undo = moveService.undoMove(move.stageChangeId(), move.newVersion());

        var back = data.reload(client.getId());
        assertThat(back.getStage().getName()).isEqualTo("Informed");
        assertThat(back.getStageEnteredAt()).isEqualTo(entered);
        var history = data.history(client.getId());
        assertThat(history).hasSize(3);
        assertThat(history.getFirst().getId()).isEqualTo(undo.stageChangeId());
        assertThat(history.getFirst().getUndoOf().getId()).isEqualTo(move.stageChangeId());
    }

    @Test
    void moving_into_a_stage_without_quiet_threshold_means_never_quiet() {
        var client = data.client(data.unique("Tyrell"), "sales", "Deciding");
        data.loginAs("sales");
        moveService.moveClient(client.getId(), stageId("Lost"), Outcome.NO_WAY, "Went elsewhere", client.getVersion());
        assertThat(data.reload(client.getId()).getNextTouchDue()).isNull();
    }

    @Test
    void a_column_lists_clients_needing_attention_first_then_longest_in_stage() {
        var owner = data.newUser(Role.SALES, "pw");
        var fresh = data.client(
                data.unique("Fresh"), owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(2)));
        var old = data.client(
                data.unique("Old"), owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(15)));
        var quiet = data.client(
                data.unique("Quiet"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(30))); // threshold 21 days
        data.loginAs("sales");

        List<ClientCard> column = boardService.column(
                stageId("Interested"), new BoardFilter(owner.getId(), null, false), PageRequest.of(0, 30));
        assertThat(column).extracting(ClientCard::id).containsExactly(quiet.getId(), old.getId(), fresh.getId());
        assertThat(column.getFirst().quiet(clock.instant())).isTrue();

        var attention = boardService.column(
                stageId("Interested"), new BoardFilter(owner.getId(), null, true), PageRequest.of(0, 30));
        assertThat(attention).extracting(ClientCard::id).containsExactly(quiet.getId());
        assertThat(boardService.countByStage(new BoardFilter(owner.getId(), "old", false)))
                .containsEntry(stageId("Interested"), 1L);
    }

    @Test
    void a_move_runs_a_small_fixed_number_of_sql_statements() {
        var client = data.client(data.unique("Cyberdyne"), "sales", "Informed");
        data.loginAs("sales");
        Statistics stats = statistics();

        moveService.moveClient(client.getId(), stageId("Deciding"), null, null, client.getVersion());

        // load client, load target stage, update client, insert stage change, insert its audit entry
        // (+ the from-stage's kind)
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(7);
    }

    @Test
    void loading_a_column_runs_one_statement_however_many_clients_it_holds() {
        data.loginAs("sales");
        long aware = stageId("Aware");
        Statistics stats = statistics();
        boardService.column(aware, BoardFilter.ALL, PageRequest.of(0, 30));
        long small = stats.getPrepareStatementCount();

        for (int i = 0; i < 40; i++) {
            data.client(data.unique("Bulk"), "sales3", "Aware");
        }
        stats = statistics();
        var page = boardService.column(aware, BoardFilter.ALL, PageRequest.of(0, 30));
        assertThat(page).hasSize(30);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(small).isEqualTo(1);

        stats = statistics();
        boardService.countByStage(BoardFilter.ALL);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(1);
    }

    private Statistics statistics() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        return stats;
    }
}
