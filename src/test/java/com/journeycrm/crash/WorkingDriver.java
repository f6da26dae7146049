package com.journeycrm.crash;

import com.journeycrm.Application;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.MoveService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The app in a process of its own, with several users at once moving clients, undoing their moves, logging touch
 * points and creating clients as fast as they can, until it is killed ({@link CrashSafetyTest}). It prints a line
 * for each change a service call returned from, i.e. each change the user was told is saved:
 * {@code ACK MOVE <stage change id>}, {@code ACK UNDO <stage change id>}, {@code ACK TOUCH <summary>},
 * {@code ACK CLIENT <client id>}; {@code FAILED <what>} for an error a user would not expect.
 */
public final class WorkingDriver {

    private static final PrintStream OUT = System.out;
    private static final AtomicInteger FAILURES = new AtomicInteger();

    private WorkingDriver() {}

    public static void main(String[] args) {
        try {
            var context = new SpringApplicationBuilder(Application.class).run(args);
            int threads = Integer.getInteger("driver.threads", 6);
            say("READY");
            for (int i = 0; i < threads; i++) {
                Thread.ofPlatform().name("worker-" + i).start(() -> work(context));
            }
        } catch (Throwable failure) {
            // the web server's threads would keep a failed driver alive, silent, and the test waiting for it
            failure.printStackTrace();
            System.exit(2);
        }
    }

    private static void work(ConfigurableApplicationContext context) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername("manager");
        // this context's own strategy, each worker thread its own login
        context.getBean(SecurityContextHolderStrategy.class)
                .getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        var worker = new Worker(context);
        while (true) {
            try {
                worker.act();
            } catch (RuleViolationException
                    | ConflictException
                    | NotFoundException
                    | OptimisticLockingFailureException refused) {
                // a refusal a user would read (another worker changed the same client): not what this drives at
            } catch (RuntimeException failure) {
                say("FAILED " + failure.toString().replace('\n', ' '));
                if (FAILURES.incrementAndGet() > 50) {
                    failure.printStackTrace();
                    System.exit(3);
                }
            }
        }
    }

    private static void say(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }

    /** One signed-in user's actions; remembers its last move so that it can undo it. */
    private static final class Worker {

        private final BoardService board;
        private final MoveService moves;
        private final TouchPointService touchPoints;
        private final ClientService clients;
        private final Clock clock;
        private final List<StageSummary> stages;
        private final List<StageSummary> firstStages;
        private long lastMove = -1;
        private long lastMoveVersion;

        Worker(ConfigurableApplicationContext context) {
            board = context.getBean(BoardService.class);
            moves = context.getBean(MoveService.class);
            touchPoints = context.getBean(TouchPointService.class);
            clients = context.getBean(ClientService.class);
            clock = context.getBean(Clock.class);
            stages = context.getBean(StageService.class).listStages();
            firstStages =
                    stages.stream().filter(s -> s.phase() == Phase.PRE_PURCHASE).toList();
        }

        void act() {
            var random = ThreadLocalRandom.current();
            int dice = random.nextInt(100);
            if (dice < 15 && lastMove > 0) {
                long move = lastMove;
                lastMove = -1;
                var undone = moves.undoMove(move, lastMoveVersion);
                say("ACK UNDO " + undone.stageChangeId());
            } else if (dice < 60) {
                move(random);
            } else if (dice < 90) {
                touch(random);
            } else {
                var profile = new ClientProfile();
                profile.setName("Crash " + UUID.randomUUID());
                profile.setSource(Source.EVENT);
                long id = clients.create(
                        profile,
                        firstStages.get(random.nextInt(firstStages.size())).id(),
                        null);
                say("ACK CLIENT " + id);
            }
        }

        private void move(ThreadLocalRandom random) {
            StageSummary from = stages.get(random.nextInt(stages.size()));
            StageSummary to = stages.get(random.nextInt(stages.size()));
            var cards = board.column(from.id(), BoardFilter.ALL, PageRequest.of(0, 5));
            if (cards.isEmpty() || to.id() == from.id()) {
                return;
            }
            var card = cards.get(random.nextInt(cards.size()));
            var choices = Outcome.choicesFor(from.kind(), to.kind());
            var result = moves.moveClient(
                    card.id(), to.id(), choices.isEmpty() ? null : choices.getFirst(), null, card.version());
            lastMove = result.stageChangeId();
            lastMoveVersion = result.newVersion();
            say("ACK MOVE " + result.stageChangeId());
        }

        private void touch(ThreadLocalRandom random) {
            StageSummary in = stages.get(random.nextInt(stages.size()));
            var cards = board.column(in.id(), BoardFilter.ALL, PageRequest.of(0, 5));
            if (cards.isEmpty()) {
                return;
            }
            var form = new TouchPointDetails();
            var types = TouchPointType.values();
            form.setType(types[random.nextInt(types.length)]);
            form.setDirection(random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND);
            form.setOccurredAt(
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMinutes(random.nextInt(60 * 24 * 3)));
            String summary = "crash " + UUID.randomUUID();
            form.setSummary(summary);
            touchPoints.logTouchPoint(cards.get(random.nextInt(cards.size())).id(), form, ZoneOffset.UTC);
            say("ACK TOUCH " + summary);
        }
    }
}
