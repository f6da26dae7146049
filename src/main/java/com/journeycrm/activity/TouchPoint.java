package com.journeycrm.activity;

import com.journeycrm.base.Text;
import com.journeycrm.base.VersionedEntity;
import com.journeycrm.client.Client;
import com.journeycrm.client.Contact;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Stage;
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

/** One interaction with a client. */
@Entity
@Table(name = "touch_point")
public class TouchPoint extends VersionedEntity {

    public static final int SUMMARY_MAX = 200;
    public static final int NOTES_MAX = 5000;
    /** How long before a client was added its earliest touch point may be (a meeting before it was entered). */
    public static final Duration EARLIEST_BEFORE_CLIENT = Duration.ofDays(366);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TouchPointType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(length = NOTES_MAX)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    /** The client's stage when it happened (the journey map groups by it); set by whoever knows the history. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    private Stage stage;

    protected TouchPoint() {}

    public TouchPoint(
            Client client,
            TouchPointType type,
            Direction direction,
            Instant occurredAt,
            String summary,
            String notes,
            AppUser author,
            Contact contact,
            Stage stageAtTheTime) {
        this.client = client;
        this.author = author;
        this.stage = stageAtTheTime;
        update(type, direction, occurredAt, summary, notes, contact);
    }

    public void update(
            TouchPointType type,
            Direction direction,
            Instant occurredAt,
            String summary,
            String notes,
            Contact contact) {
        this.type = type;
        this.direction = direction;
        this.occurredAt = occurredAt;
        this.summary = summary;
        this.notes = notes;
        this.contact = contact;
    }

    Stage getStage() {
        return stage;
    }

    /** After its time changed: the stage the client was in at the new time. */
    void placeIn(Stage stageAtTheTime) {
        this.stage = stageAtTheTime;
    }

    /** "Call, outbound, 20 Nov 2026, 10:00: Talked budget" — how the audit trail names it. */
    Text describe() {
        return new Text("audit.touchPoint", type, direction, occurredAt, summary);
    }

    public Client getClient() {
        return client;
    }

    public TouchPointType getType() {
        return type;
    }

    public Direction getDirection() {
        return direction;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getNotes() {
        return notes;
    }

    public AppUser getAuthor() {
        return author;
    }

    public Contact getContact() {
        return contact;
    }
}
