package com.journeycrm.audit;

import com.journeycrm.base.RowEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One recorded change: who, what, when. Append-only — no setters, {@link Immutable} so Hibernate never writes an
 * update, no delete on its repository, and the database refuses both (migration V9). No {@code @Version}: an entry
 * never changes, so there is nothing to conflict on.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends RowEntity {

    public static final int NAME_MAX = 100;
    public static final int SUBJECT_MAX = 200;
    public static final int DETAIL_MAX = 4000;
    public static final int FACTS_MAX = 16000;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = NAME_MAX)
    private String actorName;

    @Column(name = "client_id")
    private Long clientId;

    @Column(length = SUBJECT_MAX)
    private String subject;

    /** English prose of an entry written before facts were kept; null since. */
    @Column(length = DETAIL_MAX)
    private String detail;

    /** What the entry says, as facts (see {@code AuditFacts}). */
    @Column(length = FACTS_MAX)
    private String facts;

    protected AuditEntry() {}

    AuditEntry(
            Instant at, AuditKind kind, Long actorId, String actorName, Long clientId, String subject, String facts) {
        this.at = at;
        this.kind = kind;
        this.actorId = actorId;
        this.actorName = clip(actorName, NAME_MAX);
        this.clientId = clientId;
        this.subject = subject == null ? null : clip(subject, SUBJECT_MAX);
        this.facts = facts;
    }

    /** Values are recorded as typed, but never longer than their column: the end is cut with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditRow toRow() {
        return new AuditRow(getId(), at, kind, actorId, actorName, clientId, subject, detail, facts);
    }
}
