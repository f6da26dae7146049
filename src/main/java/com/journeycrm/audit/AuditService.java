package com.journeycrm.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: the admin's audit view and export, and one client's entries in the client view. */
@Service
public class AuditService {

    static final int EXPORT_BATCH = 1_000;
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRow> search(AuditFilter f, Pageable page) {
        return entries.search(f.actorId(), f.clientId(), f.kind(), since(f), until(f), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter f) {
        return entries.count(f.actorId(), f.clientId(), f.kind(), since(f), until(f));
    }

    /** Every matching entry, newest first, handed over a batch at a time so that no export holds the whole trail. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public void export(AuditFilter f, Consumer<AuditRow> sink) {
        export(f, sink, EXPORT_BATCH);
    }

    /** @param batchSize how many entries one statement reads */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public void export(AuditFilter f, Consumer<AuditRow> sink, int batchSize) {
        long before = Long.MAX_VALUE;
        List<AuditRow> batch;
        do {
            batch = entries.batchBefore(
                    f.actorId(), f.clientId(), f.kind(), since(f), until(f), before, Limit.of(batchSize));
            batch.forEach(sink);
            before = batch.isEmpty() ? before : batch.getLast().id();
        } while (batch.size() == batchSize);
    }

    /** One client's entries, for everyone who may open the client. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditRow> forClient(long clientId, Pageable page) {
        return entries.search(null, clientId, null, BEGINNING, END, page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countForClient(long clientId) {
        return entries.count(null, clientId, null, BEGINNING, END);
    }

    private static Instant since(AuditFilter f) {
        return f.from() == null ? BEGINNING : f.from();
    }

    private static Instant until(AuditFilter f) {
        return f.to() == null ? END : f.to();
    }
}
