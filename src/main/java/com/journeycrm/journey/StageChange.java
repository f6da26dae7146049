package com.journeycrm.journey;

import com.journeycrm.base.RowEntity;
import com.journeycrm.client.Client;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One move of a client between stages. Append-only: never edited, never deleted (an undo is a new row
 * pointing at the move it undoes). The audit trail and the source of funnel and time-in-stage figures.
 */
@Entity
@Immutable
@Table(name = "stage_change")
public class StageChange extends RowEntity {

    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stage_id")
    private Stage fromStage;

    /** When the client had entered the stage it left: time in stage = changedAt - fromEnteredAt. */
    @Column(name = "from_entered_at")
    private Instant fromEnteredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_stage_id")
    private Stage toStage;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Outcome outcome;

    @Column(length = REASON_MAX)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undo_of_id")
    private StageChange undoOf;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by_id")
    private AppUser changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The client's first stage came with it from an import: not a prospect's arrival. */
    @Column(nullable = false)
    private boolean imported;

    protected StageChange() {}

    /** A client's arrival in its first stage, by an import or not. */
    static StageChange arrival(Client client, boolean imported, AppUser by, Instant at) {
        var arrival = new StageChange(client, null, null, client.getStage(), null, null, null, by, at);
        arrival.imported = imported;
        return arrival;
    }

    public boolean isImported() {
        return imported;
    }

    /** Only {@link StageHistory} records stage changes. */
    StageChange(
            Client client,
            Stage fromStage,
            Instant fromEnteredAt,
            Stage toStage,
            Outcome outcome,
            String reason,
            StageChange undoOf,
            AppUser changedBy,
            Instant changedAt) {
        this.client = client;
        this.fromStage = fromStage;
        this.fromEnteredAt = fromEnteredAt;
        this.toStage = toStage;
        this.outcome = outcome;
        this.reason = reason;
        this.undoOf = undoOf;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Client getClient() {
        return client;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Instant getFromEnteredAt() {
        return fromEnteredAt;
    }

    public Stage getToStage() {
        return toStage;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public StageChange getUndoOf() {
        return undoOf;
    }

    public AppUser getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
