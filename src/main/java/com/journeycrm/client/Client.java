package com.journeycrm.client;

import com.journeycrm.journey.Stage;
import com.journeycrm.security.AppUser;
import com.journeycrm.base.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation on its journey with the firm. {@code nextTouchDue} is derived (last touch + the current
 * stage's quiet threshold, or the end of a snooze if later) and stored so that "who has gone quiet" is one
 * index range scan.
 */
@Entity
@Table(name = "client")
public class Client {

    public static final int NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 100;
    public static final int NOTES_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

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

    @Column(name = "next_follow_up_due")
    private Instant nextFollowUpDue;

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "snooze_reason", length = 200)
    private String snoozeReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modified_by_id")
    private AppUser modifiedBy;

    @Version
    private long version;

    protected Client() {
    }

    public Client(String name, Source source, AppUser owner, Stage stage, Instant now, AppUser createdBy) {
        this.name = name;
        this.source = source;
        this.owner = owner;
        this.stage = stage;
        this.stageEnteredAt = now;
        this.createdAt = now;
        touched(createdBy, now);
        recomputeNextTouchDue();
    }

    /** Puts the client in another stage; the caller records the {@code StageChange}. */
    public void moveTo(Stage to, Instant enteredAt, AppUser by, Instant now) {
        this.stage = to;
        this.stageEnteredAt = enteredAt;
        this.snoozedUntil = null;
        this.snoozeReason = null;
        touched(by, now);
        recomputeNextTouchDue();
    }

    /** A touch point was logged; only real contact moves the "last touch" clock. */
    public void recordTouch(TouchPointType type, Instant occurredAt) {
        if (!type.countsAsContact()) {
            return;
        }
        if (lastTouchAt == null || occurredAt.isAfter(lastTouchAt)) {
            lastTouchAt = occurredAt;
            lastTouchType = type;
            snoozedUntil = null;
            snoozeReason = null;
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
        touched(by, now);
        recomputeNextTouchDue();
    }

    public void setNextFollowUpDue(Instant nextFollowUpDue) {
        this.nextFollowUpDue = nextFollowUpDue;
    }

    /**
     * last touch (or, with none yet, the day it entered its stage) + the stage's quiet threshold; a snooze
     * pushes it later. No threshold (Lost, gone for good) means never quiet.
     */
    void recomputeNextTouchDue() {
        Integer days = stage.getQuietThresholdDays();
        if (days == null) {
            nextTouchDue = null;
            return;
        }
        Instant base = lastTouchAt != null ? lastTouchAt : stageEnteredAt;
        Instant due = base.plus(Duration.ofDays(days));
        if (snoozedUntil != null && snoozedUntil.isAfter(due)) {
            due = snoozedUntil;
        }
        nextTouchDue = due;
    }

    public void updateProfile(String name, String industry, String website, Source source, Client referredBy,
                              String notes, AppUser by, Instant now) {
        this.name = name;
        this.industry = industry;
        this.website = website;
        this.source = source;
        this.referredBy = referredBy;
        this.notes = notes;
        touched(by, now);
    }

    public void reassign(AppUser newOwner, AppUser by, Instant now) {
        this.owner = newOwner;
        touched(by, now);
    }

    private void touched(AppUser by, Instant now) {
        this.modifiedBy = by;
        this.modifiedAt = now;
    }

    public Long getId() {
        return id;
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

    public Instant getNextFollowUpDue() {
        return nextFollowUpDue;
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public String getSnoozeReason() {
        return snoozeReason;
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

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Client other && id != null && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return Client.class.hashCode();
    }
}
