package com.journeycrm.benchmark;

import com.journeycrm.Application;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.MoveService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageService;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What writing each commit before the user is told it is saved costs on H2: a move and a touch point (each its own
 * transaction through the service, as the board and the log dialog call it) with H2's write delay at 0 (the app's
 * setting) against H2's default of 500 ms, on a file database with the demo data. Prints; asserts nothing.
 * {@code ./mvnw test -Dtest=DurableCommitBenchmark -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DurableCommitBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 400;

    @Test
    void a_move_and_a_touch_point_with_and_without_waiting_for_the_file() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(
                String.format(Locale.ROOT, "%-14s %-12s %10s %10s", "write delay", "operation", "median ms", "p95 ms"));
        for (int delay : new int[] {0, 500, 0, 500}) {
            var dir = Files.createTempDirectory("journey-durable");
            String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=" + delay
                    + ";DB_CLOSE_ON_EXIT=FALSE";
            try (var ctx = new SpringApplicationBuilder(Application.class)
                    .run(
                            "--server.port=0",
                            "--management.server.port=0",
                            "--spring.datasource.url=" + url,
                            "--journey.demo-data.enabled=true",
                            "--logging.level.root=WARN")) {
                var user = ctx.getBean(UserDetailsService.class).loadUserByUsername("manager");
                ctx.getBean(SecurityContextHolderStrategy.class)
                        .getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                var board = ctx.getBean(BoardService.class);
                var moves = ctx.getBean(MoveService.class);
                var touchPoints = ctx.getBean(TouchPointService.class);
                var stages = ctx.getBean(StageService.class).listStages();
                var random = new Random(7);
                double[] move = new double[RUNS];
                double[] touch = new double[RUNS];
                for (int i = -WARMUP; i < RUNS; i++) {
                    var from = stages.get(random.nextInt(stages.size()));
                    var to = stages.get(random.nextInt(stages.size()));
                    var cards = board.column(from.id(), BoardFilter.ALL, PageRequest.of(0, 5));
                    if (cards.isEmpty() || from.id() == to.id()) {
                        i--;
                        continue;
                    }
                    var card = cards.getFirst();
                    var choices = Outcome.choicesFor(from.kind(), to.kind());
                    long start = System.nanoTime();
                    moves.moveClient(
                            card.id(), to.id(), choices.isEmpty() ? null : choices.getFirst(), "bench", card.version());
                    long moved = System.nanoTime();
                    var form = new TouchPointDetails();
                    form.setType(TouchPointType.CALL);
                    form.setDirection(Direction.OUTBOUND);
                    form.setOccurredAt(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
                    form.setSummary("bench");
                    touchPoints.logTouchPoint(card.id(), form, ZoneOffset.UTC);
                    long touched = System.nanoTime();
                    if (i >= 0) {
                        move[i] = (moved - start) / 1e6;
                        touch[i] = (touched - moved) / 1e6;
                    }
                }
                report.add(row(delay, "move", move));
                report.add(row(delay, "touch point", touch));
            }
        }
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private static String row(int delay, String operation, double[] ms) {
        Arrays.sort(ms);
        return String.format(
                Locale.ROOT,
                "%-14s %-12s %10.2f %10.2f",
                delay + " ms",
                operation,
                ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)]);
    }
}
