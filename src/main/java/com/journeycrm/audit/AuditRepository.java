package com.journeycrm.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Save and read, nothing else: no update or delete exists to call. Times are always bound (the service puts the
 * whole of time where the admin left them open): PostgreSQL cannot type a null timestamp parameter.
 */
interface AuditRepository extends Repository<AuditEntry, Long> {

    String MATCHES = """
            (:actor is null or e.actorId = :actor) and (:client is null or e.clientId = :client)
            and (:kind is null or e.kind = :kind) and e.at >= :since and e.at < :until""";

    AuditEntry save(AuditEntry entry);

    @Query("select new com.journeycrm.audit.AuditRow(e.id, e.at, e.kind, e.actorId, e.actorName, e.clientId,"
            + " e.subject, e.detail, e.facts) from AuditEntry e where " + MATCHES + " order by e.at desc, e.id desc")
    List<AuditRow> search(
            @Param("actor") Long actorId,
            @Param("client") Long clientId,
            @Param("kind") AuditKind kind,
            @Param("since") Instant from,
            @Param("until") Instant to,
            Pageable page);

    @Query("select count(e) from AuditEntry e where " + MATCHES)
    long count(
            @Param("actor") Long actorId,
            @Param("client") Long clientId,
            @Param("kind") AuditKind kind,
            @Param("since") Instant from,
            @Param("until") Instant to);

    /** The export's next batch: entries older (by id) than the last one written, newest first. */
    @Query("select new com.journeycrm.audit.AuditRow(e.id, e.at, e.kind, e.actorId, e.actorName, e.clientId,"
            + " e.subject, e.detail, e.facts) from AuditEntry e where " + MATCHES
            + " and e.id < :before order by e.id desc")
    List<AuditRow> batchBefore(
            @Param("actor") Long actorId,
            @Param("client") Long clientId,
            @Param("kind") AuditKind kind,
            @Param("since") Instant from,
            @Param("until") Instant to,
            @Param("before") long beforeId,
            Limit limit);
}
