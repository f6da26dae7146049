package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.InsightFilter;
import com.journeycrm.insight.InsightService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Eight users moving clients and logging touch points while four others read the board, their reminders, the
 * client list and Insights, for a minute: no read fails because others write (the counters the writes keep must not
 * lock what the readers read), and no write fails for anything but a refusal a user reads.
 */
@IntegrationTest
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:file:./target/concurrent-reads-${random.uuid}/db;"
                + "WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000")
class ConcurrentReadsTest {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("concurrency.seconds", 60));

    @Autowired
    BoardService board;

    @Autowired
    MoveService moves;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    ClientService clients;

    @Autowired
    ReminderService reminders;

    @Autowired
    InsightService insights;

    @Autowired
    StageService stageService;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    TestData data;

    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    @Test
    void eight_writers_never_make_a_read_fail() throws InterruptedException {
        data.loginAs("manager");
        var stages = stageService.listStages();
        Instant until = Instant.now().plus(RUN);
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> asManager(() -> write(stages), until)));
        }
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().name("reader-" + i).start(() -> asManager(() -> read(stages), until)));
        }
        for (var thread : threads) {
            thread.join();
        }
        System.out.printf(
                "%s: %d reads, %d writes in %s%n", getClass().getSimpleName(), reads.get(), writes.get(), RUN);
        assertThat(failures)
                .as("failed reads and writes by error (of %d reads, %d writes)", reads.get(), writes.get())
                .isEmpty();
        assertThat(reads.get()).as("reads made").isGreaterThan(100);
        assertThat(writes.get()).as("writes made").isGreaterThan(100);
    }

    private void asManager(Runnable action, Instant until) {
        var manager = users.loadUserByUsername("manager");
        security.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
        try {
            while (Instant.now().isBefore(until)) {
                try {
                    action.run();
                } catch (RuleViolationException
                        | ConflictException
                        | NotFoundException
                        | OptimisticLockingFailureException refused) {
                    // another writer changed the same client: the user reads why; not what this is about
                } catch (RuntimeException failed) {
                    failures.computeIfAbsent(
                                    Thread.currentThread().getName().replaceAll("-\\d+", "") + ": " + failed,
                                    k -> new AtomicLong())
                            .incrementAndGet();
                }
            }
        } finally {
            security.clearContext();
        }
    }

    private void write(List<StageSummary> stages) {
        var random = ThreadLocalRandom.current();
        StageSummary from = stages.get(random.nextInt(stages.size()));
        var cards = board.column(from.id(), BoardFilter.ALL, PageRequest.of(0, 10));
        if (cards.isEmpty()) {
            return;
        }
        var card = cards.get(random.nextInt(cards.size()));
        if (random.nextBoolean()) {
            StageSummary to = stages.get(random.nextInt(stages.size()));
            if (to.id() != from.id()) {
                var choices = Outcome.choicesFor(from.kind(), to.kind());
                moves.moveClient(
                        card.id(), to.id(), choices.isEmpty() ? null : choices.getFirst(), null, card.version());
            }
        } else {
            var form = new TouchPointDetails();
            form.setType(TouchPointType.values()[random.nextInt(TouchPointType.values().length)]);
            form.setDirection(Direction.OUTBOUND);
            form.setOccurredAt(
                    LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC).minusHours(1 + random.nextInt(72)));
            form.setSummary("Concurrent touch");
            touchPoints.logTouchPoint(card.id(), form, ZoneOffset.UTC);
        }
        writes.incrementAndGet();
    }

    private void read(List<StageSummary> stages) {
        var random = ThreadLocalRandom.current();
        switch (random.nextInt(5)) {
            case 0 -> board.countByStage(BoardFilter.ALL);
            case 1 ->
                board.column(
                        stages.get(random.nextInt(stages.size())).id(),
                        BoardFilter.ALL,
                        PageRequest.of(random.nextInt(3), 25));
            case 2 -> reminders.teamQuietClients(null, PageRequest.of(0, 50));
            case 3 ->
                clients.search(
                        new ClientFilter(null, null, null, ClientFilter.Attention.ANY),
                        PageRequest.of(random.nextInt(4), 25));
            default ->
                insights.insights(
                        new InsightFilter(TestConfig.NOW.minus(Duration.ofDays(90)), TestConfig.NOW, null),
                        ZoneOffset.UTC);
        }
        reads.incrementAndGet();
    }
}
