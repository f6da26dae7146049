package com.journeycrm.benchmark;

import com.journeycrm.Application;
import com.journeycrm.activity.TouchPointDays;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.board.ClientCard;
import com.journeycrm.insight.InsightFilter;
import com.journeycrm.insight.InsightService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints how long the board and the reminder list take to load with the demo data (120 clients) and with
 * 10,000 generated clients, through the same services the views call, against an H2 file database.
 * Not a timed test: it asserts nothing about speed. Run it with
 * {@code ./mvnw test -Dtest=JourneyBenchmark -Dbenchmark=true}, or {@code ./mvnw verify -Pbenchmark} for all benchmarks.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class JourneyBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;
    private static final int INSIGHT_WARMUP = 5;
    private static final int INSIGHT_RUNS = 40;

    /** Set per database size, before the first row. */
    private Runnable meanwhile;

    @Test
    void board_and_reminders_at_120_and_10000_clients() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(String.format(
                Locale.ROOT, "%-8s %-34s %10s %10s %10s", "clients", "operation", "median ms", "p95 ms", "max ms"));
        // -Dbenchmark.url=jdbc:postgresql://…/db (with .user, .password): the big size only, on that database
        String url = System.getProperty("benchmark.url");
        int big = Integer.getInteger("benchmark.clients", 10_000);
        for (int clients : url == null ? new int[] {120, big} : new int[] {big}) {
            // -Dbenchmark.reuse=DIR keeps the big database there (seeding 100,000 clients takes minutes): later runs
            // at the same size open it again instead of generating it
            String reuse = System.getProperty("benchmark.reuse");
            var dir = reuse != null && clients > 120
                    ? java.nio.file.Path.of(reuse)
                    : Files.createTempDirectory("journey-bench");
            Files.createDirectories(dir);
            SecurityContextHolderStrategy contexts = null;
            long seedStart = System.nanoTime();
            // command-line arguments: they outrank application.properties (builder properties would not)
            var args = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--journey.db.path=" + dir.resolve("db").toAbsolutePath(),
                    "--journey.demo-data.enabled=true",
                    "--journey.demo-data.clients=" + clients,
                    "--logging.level.root=WARN"));
            if (url != null) {
                args.addAll(List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("benchmark.user", "journey"),
                        "--spring.datasource.password=" + System.getProperty("benchmark.password", "journey")));
            }
            try (ConfigurableApplicationContext ctx =
                    new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new))) {
                var user = ctx.getBean(UserDetailsService.class).loadUserByUsername("sales");
                contexts = ctx.getBean(SecurityContextHolderStrategy.class);
                contexts.getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                var stageService = ctx.getBean(StageService.class);
                var boardService = ctx.getBean(BoardService.class);
                var reminders = ctx.getBean(ReminderService.class);
                List<StageSummary> stages = stageService.listStages();
                long inDatabase = boardService.countByStage(BoardFilter.ALL).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                System.out.printf(
                        "started with %d clients (seeding included) in %.1f s%n",
                        inDatabase, (System.nanoTime() - seedStart) / 1e9);
                var jdbc = ctx.getBean(JdbcTemplate.class);
                if (clients > 120 && count(jdbc, "touch_point") < 20L * clients) {
                    // the generator writes ~10 touch points a client; the insights benchmark asks for 20 (200,000 at
                    // 10,000): each is written once more, a minute earlier, in the stage it was in
                    jdbc.update("""
                            insert into touch_point (client_id, type, direction, occurred_at, summary, notes, author_id,
                                                     contact_id, version, stage_id)
                            select client_id, type, direction, occurred_at - interval '1' minute, summary, notes,
                                   author_id, contact_id, 0, stage_id from touch_point""");
                    ctx.getBean(TouchPointDays.class).recountAll();
                }
                System.out.printf(
                        "%d stage changes, %d touch points%n", count(jdbc, "stage_change"), count(jdbc, "touch_point"));

                meanwhile = new Meanwhile(ctx, stages);
                report.add(row(clients, "open board (counts + 12 columns)", () -> {
                    boardService.countByStage(BoardFilter.ALL);
                    for (StageSummary stage : stages) {
                        boardService.columnAfter(stage.id(), BoardFilter.ALL, null, 30);
                    }
                    return null;
                }));
                report.add(row(
                        clients,
                        "one column, first page",
                        () -> boardService.columnAfter(stages.getFirst().id(), BoardFilter.ALL, null, 30)));
                ClientCard ninth = null;
                for (int page = 0; page < 9; page++) {
                    var cards = boardService.columnAfter(stages.getFirst().id(), BoardFilter.ALL, ninth, 30);
                    ninth = cards.isEmpty() ? ninth : cards.getLast();
                }
                ClientCard afterNinth = ninth;
                report.add(row(
                        clients,
                        "one column, 10th page",
                        () -> boardService.columnAfter(stages.getFirst().id(), BoardFilter.ALL, afterNinth, 30)));
                report.add(row(
                        clients,
                        "board, name search",
                        () -> boardService.countByStage(new BoardFilter(null, "north", false))));
                report.add(row(clients, "my quiet clients (page + count)", () -> {
                    reminders.myQuietClients(PageRequest.of(0, 25));
                    return reminders.countMyQuietClients();
                }));

                var manager = ctx.getBean(UserDetailsService.class).loadUserByUsername("manager");
                contexts.getContext()
                        .setAuthentication(
                                new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
                if (!Boolean.parseBoolean(System.getProperty("benchmark.insights", "true"))) {
                    continue;
                }
                var insights = ctx.getBean(InsightService.class);
                var now = ctx.getBean(Clock.class).instant();
                var lastYear = new InsightFilter(now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(1)), null);
                var shift = new java.util.concurrent.atomic.AtomicLong();
                report.add(row(
                        clients,
                        "insights, whole view (12 months)",
                        INSIGHT_WARMUP,
                        INSIGHT_RUNS,
                        () -> insights.insights(
                                new InsightFilter(
                                        lastYear.from().plusMillis(shift.incrementAndGet()), lastYear.to(), null),
                                ZoneOffset.UTC)));
                // as the view asks: the period, and the headline numbers of the 12 months before it
                var yearBefore = new InsightFilter(lastYear.from().minus(Duration.ofDays(365)), lastYear.from(), null);
                report.add(row(
                        clients, "insights, whole view with the period before", INSIGHT_WARMUP, INSIGHT_RUNS, () -> {
                            long s = shift.incrementAndGet();
                            insights.insights(
                                    new InsightFilter(lastYear.from().plusMillis(s), lastYear.to(), null),
                                    ZoneOffset.UTC);
                            return insights.headline(
                                    new InsightFilter(yearBefore.from().plusMillis(s), yearBefore.to(), null),
                                    ZoneOffset.UTC);
                        }));
            } finally {
                if (contexts != null) {
                    contexts.clearContext();
                }
            }
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }

    private String row(int clients, String name, Supplier<Object> operation) {
        return row(clients, name, WARMUP, RUNS, operation);
    }

    private String row(int clients, String name, int warmup, int runs, Supplier<Object> operation) {
        for (int i = 0; i < warmup; i++) {
            meanwhile.run();
            operation.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            meanwhile.run();
            long start = System.nanoTime();
            operation.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(
                Locale.ROOT,
                "%-8d %-34s %10.2f %10.2f %10.2f",
                clients,
                name,
                ms[runs / 2],
                ms[(int) (runs * 0.95)],
                ms[runs - 1]);
    }

    /**
     * The firm at work between two timed runs, untimed: one client moved (as the manager, whoever is timed), to and fro
     * between the first two stages. Without it, a database that ran the same statement on the same connection with
     * nothing changed since (H2 does) answers from that result, and the benchmark would time its memory.
     */
    private static final class Meanwhile implements Runnable {
        private final SecurityContextHolderStrategy contexts;
        private final UsernamePasswordAuthenticationToken manager;
        private final BoardService board;
        private final MoveService moves;
        private final List<StageSummary> stages;
        private int turn;

        Meanwhile(ConfigurableApplicationContext ctx, List<StageSummary> stages) {
            var user = ctx.getBean(UserDetailsService.class).loadUserByUsername("manager");
            this.manager = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
            this.contexts = ctx.getBean(SecurityContextHolderStrategy.class);
            this.board = ctx.getBean(BoardService.class);
            this.moves = ctx.getBean(MoveService.class);
            this.stages = stages;
        }

        @Override
        public void run() {
            var timed = contexts.getContext().getAuthentication();
            contexts.getContext().setAuthentication(manager);
            try {
                var from = stages.get(turn % 2);
                var to = stages.get((turn + 1) % 2);
                var cards = board.columnAfter(from.id(), BoardFilter.ALL, null, 1);
                if (!cards.isEmpty()) {
                    var card = cards.getFirst();
                    moves.moveClient(card.id(), to.id(), null, null, card.version());
                }
                turn++;
            } finally {
                contexts.getContext().setAuthentication(timed);
            }
        }
    }
}
