package com.journeycrm.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every feature writes its entries, inside the transaction of the change itself: an entry exists exactly when
 * its change was committed. A failed login has no transaction of its own and gets one.
 */
@Component
public class AuditLog {

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Who did it: a signed-in user, or for a failed login the name that was typed (actor id null). */
    public record Actor(Long id, String name) {}

    @Transactional
    public void record(AuditKind kind, Actor actor, Long clientId, String subject, String detail) {
        record(clock.instant(), kind, actor, clientId, subject, detail);
    }

    @Transactional
    public void record(Instant at, AuditKind kind, Actor actor, Long clientId, String subject, String detail) {
        entries.save(new AuditEntry(at, kind, actor.id(), actor.name(), clientId, subject, detail));
    }

    /** "Industry: Retail → Health", each value clipped so that one long note cannot crowd out the rest. */
    public static String change(String field, String before, String after) {
        return field + ": " + value(before) + " → " + value(after);
    }

    private static String value(String text) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "…";
    }
}
