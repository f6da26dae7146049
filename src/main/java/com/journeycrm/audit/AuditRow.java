package com.journeycrm.audit;

import java.time.Instant;

/** An audit entry as the audit view, the client view and the CSV export show it. */
public record AuditRow(
        long id,
        Instant at,
        AuditKind kind,
        Long actorId,
        String actorName,
        Long clientId,
        String subject,
        String detail) {}
