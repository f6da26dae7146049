package com.journeycrm.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.base.ConflictException;
import com.journeycrm.board.BoardService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many people moving the same few clients at once: no move is lost, none is recorded twice, and every refusal is
 * the clean "someone else changed it" conflict.
 */
@IntegrationTest
class ConcurrentMovesTest {

    private static final int THREADS = 8;
    private static final int MOVES = 10_000;
    private static final int CLIENTS = 40;

    @Autowired
    MoveService moves;

    @Autowired
    BoardService board;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate sql;

    /** The last committed move of a client: the highest version a move produced, and the stage it went to. */
    private record Committed(long version, long stageId) {}

    @Test
    void ten_thousand_concurrent_moves_lose_nothing_and_refuse_cleanly() throws Exception {
        List<Stage> stages = data.stages().stream()
                .filter(s -> s.getQuietThresholdDays() != null)
                .toList();
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(
                    data.client(data.unique("Race"), "sales", stages.getFirst().getName())
                            .getId());
        }
        long historyBefore = sql.queryForObject("select count(*) from stage_change", Long.class);
        Map<Long, Committed> last = new ConcurrentHashMap<>();
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                data.loginAs("manager");
                var random = ThreadLocalRandom.current();
                while (attempts.get() < MOVES) {
                    long clientId = clients.get(random.nextInt(clients.size()));
                    var card = board.card(clientId); // what this user's board shows now
                    Stage to = stages.get(random.nextInt(stages.size()));
                    if (to.getId() == card.stageId()) {
                        continue;
                    }
                    Stage from = stages.stream()
                            .filter(s -> s.getId() == card.stageId())
                            .findFirst()
                            .orElseThrow();
                    var choices = Outcome.choicesFor(from.getKind(), to.getKind());
                    if (attempts.incrementAndGet() > MOVES) {
                        break;
                    }
                    try {
                        MoveResult result = moves.moveClient(
                                clientId,
                                to.getId(),
                                choices.isEmpty() ? null : choices.getFirst(),
                                null,
                                card.version());
                        committed.incrementAndGet();
                        last.merge(
                                clientId,
                                new Committed(result.newVersion(), to.getId()),
                                (a, b) -> a.version() >= b.version() ? a : b);
                    } catch (ConflictException refused) {
                        conflicts.incrementAndGet();
                    }
                }
                data.logout();
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (Future<?> worker : workers) {
            worker.get(); // any other exception than a clean conflict fails the test here
        }

        data.loginAs("manager");
        long historyAfter = sql.queryForObject("select count(*) from stage_change", Long.class);
        assertThat(historyAfter - historyBefore)
                .as("one stage change per committed move")
                .isEqualTo(committed.get());
        assertThat(committed.get() + conflicts.get())
                .as("every attempt either committed or refused")
                .isEqualTo(MOVES);
        assertThat(conflicts.get()).as("the race was real").isPositive();
        System.out.printf(
                "concurrent moves: %d committed, %d refused as conflicts%n", committed.get(), conflicts.get());
        for (long clientId : clients) {
            var now = board.card(clientId);
            var expected = last.get(clientId);
            if (expected != null) {
                assertThat(now.stageId()).as("client " + clientId).isEqualTo(expected.stageId());
                assertThat(now.version()).isEqualTo(expected.version());
            }
            long recorded =
                    sql.queryForObject("select count(*) from stage_change where client_id = ?", Long.class, clientId);
            assertThat(recorded - 1).as("moves recorded for client " + clientId).isEqualTo(now.version());
        }
    }
}
