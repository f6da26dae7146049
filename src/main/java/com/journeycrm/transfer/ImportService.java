package com.journeycrm.transfer;

import com.journeycrm.activity.EarlierContact;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.client.ClientFactory;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ClientsImported;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a firm's clients in from a CSV file: every row is checked before any is imported, and then all of them
 * are imported in one transaction, or none. Each client enters its stage through {@link ClientFactory} like every
 * other client (its first stage change says "Imported"); a last-touch date becomes a touch point of that day
 * ({@link EarlierContact}).
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ImportService {

    static final int BATCH = 500;

    private final ClientService clientService;
    private final ClientFactory factory;
    private final EarlierContact earlier;
    private final StageService stages;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final Validator validator;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Checks and imports that may run at once (see {@link #oneOfFew}). */
    static final int MAX_RUNNING = 2;

    private final Semaphore running = new Semaphore(MAX_RUNNING);

    ImportService(
            ClientService clientService,
            ClientFactory factory,
            EarlierContact earlier,
            StageService stages,
            UserService users,
            CurrentUserProvider currentUser,
            Validator validator,
            EntityManager entityManager,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clientService = clientService;
        this.factory = factory;
        this.earlier = earlier;
        this.stages = stages;
        this.users = users;
        this.currentUser = currentUser;
        this.validator = validator;
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every problem of every row, in row order; empty when the file can be imported as planned.
     *
     * @param progress told the share done (0 to 1) now and then
     */
    @Transactional(readOnly = true)
    public List<RowError> check(CsvFile file, ImportPlan plan, DoubleConsumer progress) {
        return oneOfFew(() -> checkAll(file, plan, progress, 1.0).checker().errors());
    }

    /**
     * Checks again, then imports every row, or none when any is invalid ({@link ImportRefused} lists why).
     *
     * @return how many clients were imported
     */
    @Transactional
    public int importClients(CsvFile file, ImportPlan plan, DoubleConsumer progress) {
        return oneOfFew(() -> importChecked(file, plan, progress));
    }

    /**
     * At most {@link #MAX_RUNNING} checks and imports at once, whoever starts them: each reads a whole file and an
     * import holds its checked rows until they are saved.
     */
    private <T> T oneOfFew(Supplier<T> work) {
        if (!running.tryAcquire()) {
            throw RuleViolationException.of("import.busy");
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    private int importChecked(CsvFile file, ImportPlan plan, DoubleConsumer progress) {
        var checked = checkAll(file, plan, progress, 0.3);
        if (!checked.checker().errors().isEmpty()) {
            throw new ImportRefused(checked.checker().errors());
        }
        CurrentUser me = currentUser.require();
        Instant now = clock.instant();
        var rows = checked.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            for (ImportRow row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                create(row, me, now);
            }
            // each batch leaves the persistence context: memory stays flat however long the file
            entityManager.flush();
            entityManager.clear();
            progress.accept(0.3 + 0.7 * Math.min(rows.size(), from + BATCH) / rows.size());
        }
        audit.record(
                now,
                AuditKind.IMPORTED,
                new AuditLog.Actor(me.id(), me.displayName()),
                null,
                null,
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(new Text("audit.import.file", rows.size(), file.rowCount())),
                                plan.columns().entrySet().stream()
                                        .sorted(java.util.Map.Entry.comparingByKey())
                                        .map(e -> new Text(
                                                "audit.import.column",
                                                file.headers().get(e.getValue()),
                                                e.getKey())))
                        .toList());
        events.publishEvent(new ClientsImported(rows.size(), me.id(), me.displayName()));
        return rows.size();
    }

    private void create(ImportRow row, CurrentUser me, Instant now) {
        var by = users.reference(me.id());
        var stage = stages.require(row.stageId());
        var client = factory.create(row.profile(), stage, users.reference(row.ownerId()), row.contact(), true, by, now);
        if (row.lastTouch() != null) {
            earlier.record(client, row.lastTouch(), "Last activity before the import", by);
        }
    }

    private record Checked(RowChecker checker, List<ImportRow> rows) {}

    private Checked checkAll(CsvFile file, ImportPlan plan, DoubleConsumer progress, double share) {
        var stageIds = stages.listStages().stream().map(StageSummary::id).collect(Collectors.toSet());
        var enabled = users.listActiveUsers().stream().map(UserSummary::id).collect(Collectors.toSet());
        var checker = new RowChecker(
                file, plan, validator, stageIds, enabled, currentUser.require().id(), clock.instant());
        List<ImportRow> rows = new ArrayList<>();
        file.forEachRow(line -> {
            var row = checker.check(line);
            if (row != null) {
                rows.add(row);
            }
            if (line.index() % BATCH == BATCH - 1) {
                progress.accept(share * 0.9 * (line.index() + 1) / file.rowCount());
            }
        });
        againstExisting(checker);
        checker.errors().sort(Comparator.comparingInt(RowError::row));
        progress.accept(share);
        return new Checked(checker, rows);
    }

    /** One pass over the clients already here, compared with the file's names and websites (not the other way). */
    private void againstExisting(RowChecker checker) {
        clientService.forEachNameAndWebsite((name, website) -> {
            Integer row = checker.names().get(RowChecker.normalName(name));
            if (row != null) {
                checker.existing(row, ImportField.NAME, name, "import.problem.nameExists");
            }
            String site = RowChecker.normalSite(website);
            Integer siteRow = site == null ? null : checker.sites().get(site);
            if (siteRow != null) {
                checker.existing(siteRow, ImportField.WEBSITE, website, "import.problem.websiteExists");
            }
        });
    }
}
