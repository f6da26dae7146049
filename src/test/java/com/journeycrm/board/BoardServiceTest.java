package com.journeycrm.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.HandOverService;
import com.journeycrm.client.ReassignService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.security.Role;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A column is read in the order of its index: needing attention first, longest overdue on top, then soonest due. */
@IntegrationTest
class BoardServiceTest {

    @Autowired
    BoardService board;

    @Autowired
    FollowUpService followUps;

    @Autowired
    TestData data;

    @Autowired
    MoveService moves;

    @Autowired
    ReassignService reassign;

    @Autowired
    HandOverService handOver;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_longest_overdue_come_first_then_the_soonest_due_and_the_never_quiet_last() {
        var owner = data.newUser(Role.SALES, "pw");
        var filter = new BoardFilter(owner.getId(), null, false);
        long interested = data.stage("Interested").getId(); // quiet after 21 days
        var quietLong = data.client(
                data.unique("Quiet long"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(60)));
        var quietLately = data.client(
                data.unique("Quiet lately"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(25)));
        var fresh = data.client(
                data.unique("Fresh"), owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(1)));
        var followUpDue = data.client(
                data.unique("Follow-up due"),
                owner.getUsername(),
                "Interested",
                TestConfig.NOW.minus(Duration.ofDays(2)));
        data.loginAs(owner.getUsername());
        followUps.scheduleFollowUp(
                followUpDue.getId(), "Call back", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);

        var column = board.column(interested, filter, PageRequest.of(0, 10));

        assertThat(column)
                .extracting(ClientCard::id)
                .containsExactly(quietLong.getId(), quietLately.getId(), followUpDue.getId(), fresh.getId());
        assertThat(board.positionInColumn(followUpDue.getId(), filter)).hasValue(2);
        long lost = data.stage("Lost").getId();
        var never = data.client(data.unique("Never"), owner.getUsername(), "Lost");
        assertThat(board.column(lost, filter, PageRequest.of(0, 5)))
                .extracting(ClientCard::id)
                .containsExactly(never.getId());
    }

    /** What a count over every client says, per stage. */
    private Map<Long, Long> counted(Long ownerId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(
                "select stage_id, count(*) from client where cast(? as bigint) is null or owner_id = ? group by stage_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                },
                ownerId,
                ownerId);
        return counts;
    }

    @Test
    void the_counts_the_database_keeps_are_the_counted_ones_after_every_kind_of_change() {
        var leaver = data.newUser(Role.SALES, "pw");
        var colleague = data.newUser(Role.SALES, "pw");
        var one = data.client(data.unique("Counted one"), leaver.getUsername(), "Interested");
        var two = data.client(data.unique("Counted two"), leaver.getUsername(), "Aware");
        data.loginAs(leaver.getUsername());
        var moved = moves.moveClient(one.getId(), data.stage("Informed").getId(), null, null, one.getVersion());
        moves.undoMove(moved.stageChangeId(), moved.newVersion());
        moves.moveClient(two.getId(), data.stage("On our list").getId(), null, null, two.getVersion());
        data.loginAs("manager");
        reassign.reassign(
                one.getId(), colleague.getId(), data.reload(one.getId()).getVersion());
        data.loginAs("admin");
        handOver.handOver(leaver.getId(), colleague.getId());
        data.loginAs("manager");

        assertThat(board.countByStage(BoardFilter.ALL)).isEqualTo(counted(null));
        assertThat(board.countByStage(new BoardFilter(colleague.getId(), null, false)))
                .isEqualTo(counted(colleague.getId()))
                .containsEntry(data.stage("Interested").getId(), 1L)
                .containsEntry(data.stage("On our list").getId(), 1L);
        assertThat(board.countByStage(new BoardFilter(leaver.getId(), null, false)))
                .isEmpty();
    }

    @Test
    void page_after_page_by_keyset_reads_exactly_the_pages_by_offset() {
        var owner = data.newUser(Role.SALES, "pw");
        for (int i = 0; i < 23; i++) {
            data.client(
                    data.unique("Paged"),
                    owner.getUsername(),
                    "Aware",
                    TestConfig.NOW.minus(Duration.ofDays(i * 7L % 90)));
        }
        data.loginAs(owner.getUsername());
        var filter = new BoardFilter(owner.getId(), null, false);
        long aware = data.stage("Aware").getId();
        List<ClientCard> byKeyset = new ArrayList<>();
        ClientCard last = null;
        List<ClientCard> page;
        do {
            page = board.columnAfter(aware, filter, last, 5);
            byKeyset.addAll(page);
            last = page.isEmpty() ? last : page.getLast();
        } while (page.size() == 5);
        List<ClientCard> byOffset = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            byOffset.addAll(board.column(aware, filter, PageRequest.of(p, 5)));
        }
        assertThat(byKeyset)
                .hasSize(23)
                .extracting(ClientCard::id)
                .containsExactlyElementsOf(byOffset.stream().map(ClientCard::id).toList());

        // the unfiltered board reads its own query: the same pages
        var firstTwo = board.columnAfter(aware, BoardFilter.ALL, null, 5);
        var next = board.columnAfter(aware, BoardFilter.ALL, firstTwo.getLast(), 5);
        assertThat(next)
                .extracting(ClientCard::id)
                .containsExactlyElementsOf(board.column(aware, BoardFilter.ALL, PageRequest.of(1, 5)).stream()
                        .map(ClientCard::id)
                        .toList());
    }
}
