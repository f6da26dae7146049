package com.journeycrm.soak;

import com.journeycrm.Application;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.admin.BackupService;
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
import com.journeycrm.insight.InsightFilter;
import com.journeycrm.insight.InsightService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.security.AppUserPrincipal;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ExportService;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportPlan;
import com.journeycrm.transfer.ImportService;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A working day, compressed: the packaged app ({@link SoakIT} starts the jar with this as its main class) and five
 * users at once for {@code --soak.minutes} — two sales people moving and touching their own clients, a manager moving
 * anyone's and reading reminders and Insights, an admin exporting, importing and backing up. Every action is counted
 * as done, refused (what a user reads: another user changed the client first) or failed (an error no user should
 * see). Prints {@code ACK <kind> <what>} for each change the user was told is saved, then the counts and the heap.
 */
public final class SoakDriver {

    private static final PrintStream OUT = System.out;
    private static final String[] ACTIONS = {
        "move", "undo", "touch", "create", "board", "reminders", "insights", "export", "import", "backup"
    };

    private SoakDriver() {}

    public static void main(String[] args) throws Exception {
        try {
            var context = new SpringApplicationBuilder(Application.class).run(args);
            long minutes = context.getEnvironment().getProperty("soak.minutes", Long.class, 5L);
            Instant until = Instant.now().plus(Duration.ofMinutes(minutes));
            long heapBefore = usedHeapAfterGc();
            say("READY");
            var done = new AtomicLongArray(ACTIONS.length);
            var refused = new AtomicLongArray(ACTIONS.length);
            var failed = new AtomicLongArray(ACTIONS.length);
            List<Thread> users = new ArrayList<>();
            for (String user : List.of("sales", "sales2", "manager", "admin", "manager")) {
                users.add(Thread.ofPlatform().name(user).start(() -> {
                    var day = new WorkingDay(context, user);
                    while (Instant.now().isBefore(until)) {
                        int action = day.next();
                        try {
                            day.run(action);
                            done.incrementAndGet(action);
                        } catch (RuleViolationException
                                | ConflictException
                                | NotFoundException
                                | OptimisticLockingFailureException refusal) {
                            refused.incrementAndGet(action);
                        } catch (RuntimeException failure) {
                            failed.incrementAndGet(action);
                            say("FAILED " + ACTIONS[action] + " "
                                    + failure.toString().replace('\n', ' '));
                        }
                    }
                }));
            }
            for (var user : users) {
                user.join();
            }
            for (int i = 0; i < ACTIONS.length; i++) {
                say("COUNT " + ACTIONS[i] + " " + done.get(i) + " " + refused.get(i) + " " + failed.get(i));
            }
            say("HEAP " + heapBefore + " " + usedHeapAfterGc());
            context.close();
            say("STOPPED");
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(2);
        }
    }

    static void say(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** One user's day: what they do, in what proportions, each action a real use case call as that user. */
    private static final class WorkingDay {

        private final String username;
        private final BoardService board;
        private final MoveService moves;
        private final TouchPointService touchPoints;
        private final ClientService clients;
        private final ReminderService reminders;
        private final InsightService insights;
        private final ExportService exports;
        private final ImportService imports;
        private final BackupService backups;
        private final Clock clock;
        private final List<StageSummary> stages;
        private final BoardFilter mine;
        private final boolean embedded;
        private long lastMove = -1;
        private long lastMoveVersion;
        private Instant nextBackup = Instant.now();

        WorkingDay(ConfigurableApplicationContext context, String username) {
            this.username = username;
            var principal =
                    (AppUserPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username);
            context.getBean(SecurityContextHolderStrategy.class)
                    .getContext()
                    .setAuthentication(
                            new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
            board = context.getBean(BoardService.class);
            moves = context.getBean(MoveService.class);
            touchPoints = context.getBean(TouchPointService.class);
            clients = context.getBean(ClientService.class);
            reminders = context.getBean(ReminderService.class);
            insights = context.getBean(InsightService.class);
            exports = context.getBean(ExportService.class);
            imports = context.getBean(ImportService.class);
            backups = context.getBean(BackupService.class);
            clock = context.getBean(Clock.class);
            stages = context.getBean(StageService.class).listStages();
            mine = username.startsWith("sales")
                    ? new BoardFilter(principal.toCurrentUser().id(), null, false)
                    : BoardFilter.ALL;
            embedded = context.getEnvironment()
                    .getProperty("spring.datasource.url", "")
                    .startsWith("jdbc:h2:");
        }

        int next() {
            int dice = ThreadLocalRandom.current().nextInt(100);
            if (username.equals("admin")) {
                return dice < 40
                        ? index("export")
                        : dice < 70
                                ? index("import")
                                : Instant.now().isAfter(nextBackup) && embedded ? index("backup") : index("insights");
            }
            if (dice < 10 && lastMove > 0) {
                return index("undo");
            }
            return dice < 40
                    ? index("move")
                    : dice < 65
                            ? index("touch")
                            : dice < 70
                                    ? index("create")
                                    : dice < 85
                                            ? index("board")
                                            : username.startsWith("sales")
                                                    ? index("reminders")
                                                    : dice < 95 ? index("reminders") : index("insights");
        }

        void run(int action) {
            var random = ThreadLocalRandom.current();
            switch (ACTIONS[action]) {
                case "move" -> move(random);
                case "undo" -> {
                    long move = lastMove;
                    lastMove = -1;
                    say("ACK UNDO " + moves.undoMove(move, lastMoveVersion).stageChangeId());
                }
                case "touch" -> touch(random);
                case "create" -> {
                    var profile = new ClientProfile();
                    profile.setName("Soak " + UUID.randomUUID());
                    profile.setSource(Source.REFERRAL);
                    var first = stages.stream()
                            .filter(s -> s.phase() == Phase.PRE_PURCHASE)
                            .toList();
                    say("ACK CLIENT "
                            + clients.create(
                                    profile,
                                    first.get(random.nextInt(first.size())).id(),
                                    null));
                }
                case "board" -> {
                    board.countByStage(mine);
                    stages.forEach(s -> board.column(s.id(), mine, PageRequest.of(0, 25)));
                }
                case "reminders" -> {
                    reminders.myQuietClients(PageRequest.of(0, 50));
                    reminders.myOverdueFollowUps(PageRequest.of(0, 50));
                }
                case "insights" ->
                    insights.insights(
                            new InsightFilter(clock.instant().minus(Duration.ofDays(365)), clock.instant(), null),
                            ZoneOffset.UTC);
                case "export" -> {
                    for (var dataset : ExportService.Dataset.values()) {
                        exports.export(dataset, Writer.nullWriter(), java.util.Locale.ENGLISH);
                    }
                }
                case "import" -> importFive();
                case "backup" -> {
                    nextBackup = Instant.now().plus(Duration.ofMinutes(1));
                    backups.backUpNow();
                }
                default -> throw new IllegalStateException(ACTIONS[action]);
            }
        }

        private void move(ThreadLocalRandom random) {
            StageSummary from = stages.get(random.nextInt(stages.size()));
            StageSummary to = stages.get(random.nextInt(stages.size()));
            var cards = board.column(from.id(), mine, PageRequest.of(0, 10));
            if (cards.isEmpty() || to.id() == from.id()) {
                return;
            }
            var card = cards.get(random.nextInt(cards.size()));
            var choices = Outcome.choicesFor(from.kind(), to.kind());
            var result = moves.moveClient(
                    card.id(),
                    to.id(),
                    choices.isEmpty() ? null : choices.getFirst(),
                    choices.isEmpty() ? null : "soak",
                    card.version());
            lastMove = result.stageChangeId();
            lastMoveVersion = result.newVersion();
            say("ACK MOVE " + result.stageChangeId());
        }

        private void touch(ThreadLocalRandom random) {
            var cards = board.column(stages.get(random.nextInt(stages.size())).id(), mine, PageRequest.of(0, 10));
            if (cards.isEmpty()) {
                return;
            }
            var form = new TouchPointDetails();
            form.setType(TouchPointType.values()[random.nextInt(TouchPointType.values().length)]);
            form.setDirection(Direction.OUTBOUND);
            form.setOccurredAt(
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusHours(random.nextInt(48)));
            String summary = "soak " + UUID.randomUUID();
            form.setSummary(summary);
            touchPoints.logTouchPoint(cards.get(random.nextInt(cards.size())).id(), form, ZoneOffset.UTC);
            say("ACK TOUCH " + summary);
        }

        private void importFive() {
            var names = new ArrayList<String>();
            var csv = new StringBuilder("Name,Stage,Source\r\n");
            for (int i = 0; i < 5; i++) {
                names.add("Imported " + UUID.randomUUID());
                csv.append(names.getLast()).append(",Aware,Website\r\n");
            }
            Map<String, Long> stageIds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            stages.forEach(s -> stageIds.put(s.name(), s.id()));
            var plan = new ImportPlan(
                    Map.of(ImportField.NAME, 0, ImportField.STAGE, 1, ImportField.SOURCE, 2),
                    Map.of("Aware", stageIds.get("Aware")),
                    Map.of(),
                    ZoneOffset.UTC);
            // closed as the import view lets go of its file: an upload held past its use counts against the few
            try (var file = CsvFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8))) {
                imports.importClients(file, plan, progress -> {});
            }
            names.forEach(name -> say("ACK IMPORTED " + name));
        }

        private static int index(String action) {
            return List.of(ACTIONS).indexOf(action);
        }
    }
}
