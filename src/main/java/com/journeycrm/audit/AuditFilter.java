package com.journeycrm.audit;

import java.time.Instant;

/**
 * Which entries the admin wants to see; every part optional (null = any).
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(Long actorId, Long clientId, AuditKind kind, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
