package com.journeycrm.activity;

import com.journeycrm.base.Text;
import com.journeycrm.base.VersionedEntity;
import com.journeycrm.client.Client;
import com.journeycrm.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/** A scheduled next action for a client. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends VersionedEntity {

    public static final int WHAT_MAX = 200;
    /** A follow-up is due at most this many years ahead: a date in 9999 is a typo, not a plan. */
    public static final int LATEST_DUE_YEARS = 5;
    /** When a follow-up due "on a day" is due: the end of the working day, in the user's time zone. */
    public static final LocalTime DUE_TIME = LocalTime.of(17, 0);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id")
    private AppUser assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private AppUser createdBy;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUp() {}

    public FollowUp(Client client, AppUser assignee, String what, Instant dueAt, AppUser createdBy, Instant now) {
        this.client = client;
        this.assignee = assignee;
        this.what = what;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** "Send the proposal, due 1 Dec 2026, 09:00", as the audit trail records it. */
    Text describe() {
        return new Text("audit.followUp", what, dueAt);
    }

    /** "Send the proposal, due 1 Dec 2026, 09:00, for Dana Sales": what the audit trail records of a (re)plan. */
    Text describeForAssignee() {
        return new Text("audit.followUp.for", describe(), assignee.getDisplayName());
    }

    /** Another day or another person for a follow-up still open. */
    void replan(AppUser assignee, Instant dueAt) {
        this.assignee = assignee;
        this.dueAt = dueAt;
    }

    boolean isDone() {
        return doneAt != null;
    }

    public void markDone(Instant now) {
        this.doneAt = now.isBefore(createdAt) ? createdAt : now;
    }

    public Client getClient() {
        return client;
    }

    public AppUser getAssignee() {
        return assignee;
    }
}
