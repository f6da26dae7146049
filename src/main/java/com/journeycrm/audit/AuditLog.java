package com.journeycrm.audit;

import com.journeycrm.base.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    /** @param detail what happened, as facts the reader words: a line each (none: the kind says it all) */
    @Transactional
    public void record(AuditKind kind, Actor actor, Long clientId, String subject, List<Text> detail) {
        record(clock.instant(), kind, actor, clientId, subject, detail);
    }

    @Transactional
    public void record(Instant at, AuditKind kind, Actor actor, Long clientId, String subject, List<Text> detail) {
        String facts = detail.isEmpty() ? null : AuditFacts.encode(detail);
        if (facts != null && facts.length() > AuditEntry.FACTS_MAX) {
            facts = AuditFacts.encode(List.of(new Text("audit.tooLong")));
        }
        entries.save(new AuditEntry(at, kind, actor.id(), actor.name(), clientId, subject, facts));
    }

    /**
     * "Industry: Retail → Health": a field by its key, the values as they were (a user's text clipped so that one long
     * note cannot crowd out the rest; an enum constant, a day or an instant typed, worded when read).
     */
    public static Text change(String fieldKey, @Nullable Object before, @Nullable Object after) {
        return change(new Text(fieldKey), before, after);
    }

    /** A field named with words of its own, e.g. "Service Strategy workshop". */
    public static Text change(Text field, @Nullable Object before, @Nullable Object after) {
        return new Text("audit.change", field, value(before), value(after));
    }

    private static Object value(@Nullable Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return "—";
        }
        if (!(value instanceof String text)) {
            return value;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "…";
    }
}
