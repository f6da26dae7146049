package com.journeycrm.client;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.VersionedEntity;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.Stage;
import com.journeycrm.stage.StageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An organisation on its journey with the firm. {@code nextTouchDue} is derived (last touch + the current
 * stage's quiet threshold, or the end of a snooze if later) and stored so that "who has gone quiet" is one
 * index range scan.
 */
@Entity
@Table(name = "client")
public class Client extends VersionedEntity {

    public static final int NAME_MAX = 200;
    /** "Needs attention never" (a stage without a quiet threshold, no follow-up): sorts after every real time. */
    public static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    public static final int INDUSTRY_MAX = 100;
    public static final int NOTES_MAX = 5000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The name in lower case, kept by the database (a generated column, V18): what name search compares. */
    @Column(name = "name_key", insertable = false, updatable = false)
    private String nameKey;

    @Column(length = INDUSTRY_MAX)
    private String industry;

    @Column(length = TextRules.WEBSITE_MAX)
    private String website;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_by_id")
    private Client referredBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    private Stage stage;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "last_touch_at")
    private Instant lastTouchAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_touch_type", length = 30)
    private TouchPointType lastTouchType;

    @Column(name = "next_touch_due")
    private Instant nextTouchDue;

    @Column(name = "attention_at", nullable = false)
    private Instant attentionAt;

    @Column(name = "next_follow_up_due")
    private Instant nextFollowUpDue;

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "snooze_reason", length = SnoozeService.REASON_MAX)
    private String snoozeReason;

    @Column(name = "snoozed_at")
    private Instant snoozedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modified_by_id")
    private AppUser modifiedBy;

    /**
     * Engagements begun: arrivals in an active stage that count (an undone one is taken off again), creation in one
     * included. Kept here, by {@link #enter}, {@link #moveTo} and {@link #undoMove}, so that insights read it per client (V19).
     */
    @Column(nullable = false)
    private int engagements;

    /** Of the engagements, those begun from a pre-purchase stage: hires. */
    @Column(nullable = false)
    private int hires;

    protected Client() {}

    private Client(String name, Source source, AppUser owner, Stage stage, Instant at, AppUser by) {
        this.name = name;
        this.source = source;
        this.owner = owner;
        this.stage = stage;
        this.stageEnteredAt = at;
        this.createdAt = at;
        this.engagements = stage.getKind() == StageKind.ACTIVE ? 1 : 0;
        touched(by, at);
        recomputeNextTouchDue();
    }

    /**
     * The only way a client comes into being ({@link ClientFactory}): in its first stage, which the stage history
     * records as its arrival.
     */
    static Client enter(String name, Source source, AppUser owner, Stage stage, Instant at, AppUser by) {
        return new Client(name, source, owner, stage, at, by);
    }

    /**
     * A move to another stage, entered now. Refuses a move to where it already is and an outcome that does not fit
     * the destination ({@link Outcome#choicesFor}); a move that records an outcome must have one. The stage history
     * records the move (journey).
     */
    public void moveTo(Stage to, @Nullable Outcome outcome, AppUser by, Instant now) {
        refuseStaying(to);
        var choices = Outcome.choicesFor(stage.getKind(), to.getKind());
        if (!choices.isEmpty() && outcome == null) {
            throw RuleViolationException.of("journey.outcome.needed", name, to.getName());
        }
        if (outcome != null && !choices.contains(outcome)) {
            throw RuleViolationException.of("journey.outcome.doesNotFit", outcome, to.getName());
        }
        if (to.getKind() == StageKind.ACTIVE) {
            // an arrival in an active stage begins an engagement, a hire when it comes from a pre-purchase stage
            engagements++;
            hires += stage.getPhase() == Phase.PRE_PURCHASE ? 1 : 0;
        }
        enterStage(to, now, by, now);
    }

    /**
     * Takes the last move back: back to the stage it came from, as entered when it was entered then. What that move
     * counted (an engagement, a hire) is taken off again; an undo counted nothing, so undoing one takes nothing off.
     *
     * @param undoneWasUndo whether the move taken back was itself an undo
     */
    public void undoMove(Stage backTo, Instant enteredAt, boolean undoneWasUndo, AppUser by, Instant now) {
        refuseStaying(backTo);
        if (!undoneWasUndo && stage.getKind() == StageKind.ACTIVE) {
            engagements--;
            hires -= backTo.getPhase() == Phase.PRE_PURCHASE ? 1 : 0;
        }
        enterStage(backTo, enteredAt, by, now);
    }

    private void refuseStaying(Stage to) {
        if (to.equals(stage)) {
            throw RuleViolationException.of("journey.alreadyIn", name, to.getName());
        }
    }

    private void enterStage(Stage to, Instant enteredAt, AppUser by, Instant now) {
        this.stage = to;
        this.stageEnteredAt = enteredAt;
        endSnooze();
        touched(by, now);
        recomputeNextTouchDue();
    }

    public int getEngagements() {
        return engagements;
    }

    public int getHires() {
        return hires;
    }

    /** A touch point was logged; only real contact moves the "last touch" clock. */
    public void recordTouch(TouchPointType type, Instant occurredAt) {
        if (!type.countsAsContact()) {
            return;
        }
        if (lastTouchAt == null || occurredAt.isAfter(lastTouchAt)) {
            lastTouchAt = occurredAt;
            lastTouchType = type;
            endSnooze();
            recomputeNextTouchDue();
        }
    }

    /** After a touch point was edited or deleted, the latest remaining contact is the last touch. */
    public void resetLastTouch(Instant at, TouchPointType type) {
        lastTouchAt = at;
        lastTouchType = type;
        recomputeNextTouchDue();
    }

    public void snooze(Instant until, String reason, AppUser by, Instant now) {
        snoozedUntil = until;
        snoozeReason = reason;
        snoozedAt = now;
        touched(by, now);
        recomputeNextTouchDue();
    }

    private void endSnooze() {
        snoozedUntil = null;
        snoozeReason = null;
        snoozedAt = null;
    }

    public void setNextFollowUpDue(Instant nextFollowUpDue) {
        this.nextFollowUpDue = nextFollowUpDue;
        attentionAt = attentionAt(nextTouchDue, nextFollowUpDue);
    }

    /**
     * last touch (or, with none yet, the day it entered its stage) + the stage's quiet threshold; a snooze
     * pushes it later. No threshold (Lost, gone for good) means never quiet.
     */
    void recomputeNextTouchDue() {
        nextTouchDue = nextTouchDue(stage.getQuietThresholdDays(), lastTouchAt, stageEnteredAt, snoozedUntil);
        attentionAt = attentionAt(nextTouchDue, nextFollowUpDue);
    }

    /** The rule of {@link #recomputeNextTouchDue}, for a stage's clients at once ({@link QuietThresholds}). */
    static @Nullable Instant nextTouchDue(
            @Nullable Integer days,
            @Nullable Instant lastTouchAt,
            Instant stageEnteredAt,
            @Nullable Instant snoozedUntil) {
        if (days == null) {
            return null;
        }
        Instant due = (lastTouchAt != null ? lastTouchAt : stageEnteredAt).plus(Duration.ofDays(days));
        return snoozedUntil != null && snoozedUntil.isAfter(due) ? snoozedUntil : due;
    }

    /** The earlier of the two dues, or {@link #NEVER}: the board's column order (migration V11). */
    static Instant attentionAt(@Nullable Instant touchDue, @Nullable Instant followUpDue) {
        if (touchDue == null) {
            return followUpDue == null ? NEVER : followUpDue;
        }
        return followUpDue == null || touchDue.isBefore(followUpDue) ? touchDue : followUpDue;
    }

    /** @return each field that changed, with its old and new value, for the audit trail */
    public List<FieldChange> updateProfile(
            String name,
            String industry,
            String website,
            Source source,
            Client referredBy,
            String notes,
            AppUser by,
            Instant now) {
        var changes = new ArrayList<FieldChange>();
        diff(changes, "field.audit.name", this.name, name);
        diff(changes, "field.audit.industry", this.industry, industry);
        diff(changes, "field.audit.website", this.website, website);
        diff(changes, "field.audit.source", this.source, source);
        diff(
                changes,
                "field.audit.referredBy",
                this.referredBy == null ? null : this.referredBy.getName(),
                referredBy == null ? null : referredBy.getName());
        diff(changes, "field.audit.notes", this.notes, notes);
        this.name = name;
        this.industry = industry;
        this.website = website;
        this.source = source;
        this.referredBy = referredBy;
        this.notes = notes;
        touched(by, now);
        return changes;
    }

    private static void diff(List<FieldChange> changes, String fieldKey, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(fieldKey, before, after));
        }
    }

    public void reassign(AppUser newOwner, AppUser by, Instant now) {
        this.owner = newOwner;
        touched(by, now);
    }

    private void touched(AppUser by, Instant now) {
        this.modifiedBy = by;
        this.modifiedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public String getWebsite() {
        return website;
    }

    public String getNotes() {
        return notes;
    }

    public Source getSource() {
        return source;
    }

    public Client getReferredBy() {
        return referredBy;
    }

    public AppUser getOwner() {
        return owner;
    }

    public Stage getStage() {
        return stage;
    }

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public Instant getLastTouchAt() {
        return lastTouchAt;
    }

    public TouchPointType getLastTouchType() {
        return lastTouchType;
    }

    public Instant getNextTouchDue() {
        return nextTouchDue;
    }

    public Instant getAttentionAt() {
        return attentionAt;
    }

    public Instant getNextFollowUpDue() {
        return nextFollowUpDue;
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public String getSnoozeReason() {
        return snoozeReason;
    }

    public Instant getSnoozedAt() {
        return snoozedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public AppUser getModifiedBy() {
        return modifiedBy;
    }
}
