package com.journeycrm.activity;

import com.journeycrm.base.NotAllowedException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientGuard;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduled next actions for a client. The client keeps its earliest open due date for the board and reminders. */
@Service
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    private final FollowUpRepository followUps;
    private final ClientGuard guard;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps,
            ClientGuard guard,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.followUps = followUps;
        this.guard = guard;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FollowUpItem> followUps(long clientId) {
        return followUps.findForClient(clientId);
    }

    /**
     * Due on {@code dueDay}, at the end of that working day ({@link FollowUp#DUE_TIME}) in the user's time zone.
     * Sales staff assign follow-ups to themselves or the client's owner; managers and admins to anyone enabled.
     */
    @Transactional
    public void scheduleFollowUp(long clientId, String what, LocalDate dueDay, ZoneId zone, Long assigneeId) {
        Client client = guard.mayChange(clientId, null);
        CurrentUser me = currentUser.require();
        if (what == null || what.isBlank() || what.trim().length() > FollowUp.WHAT_MAX) {
            throw RuleViolationException.of("followUp.what.needed", FollowUp.WHAT_MAX);
        }
        TextRules.refuseForbiddenCharacters(what, false, "field.followUp.what");
        Instant now = clock.instant();
        Instant dueAt = dueAt(dueDay, zone, now);
        long assignee = assigneeId == null ? me.id() : assigneeId;
        mayAssign(me, client, assignee);
        var followUp = followUps.save(new FollowUp(
                client, users.requireEnabled(assignee), what.trim(), dueAt, users.reference(me.id()), now));
        followUps.flush();
        client.setNextFollowUpDue(followUps.findEarliestOpenDue(clientId));
        events.publishEvent(ClientChanged.of(
                Kind.FOLLOW_UP_SCHEDULED,
                client,
                me,
                now,
                List.of(new FieldChange("field.audit.followUp", null, followUp.describeForAssignee()))));
    }

    /**
     * Another due day and assignee for an open follow-up (a manager's "Reassign" or "New due date" on the team's
     * overdue follow-ups): who may change the client may, under the rules of {@link #scheduleFollowUp}.
     */
    @Transactional
    public void replanFollowUp(long followUpId, LocalDate dueDay, ZoneId zone, long assigneeId) {
        FollowUp followUp = followUps.findById(followUpId).orElseThrow(() -> NotFoundException.of("followUp.gone"));
        Client client = guard.mayChange(followUp.getClient().getId(), null);
        if (followUp.isDone()) {
            throw RuleViolationException.of("followUp.alreadyDone");
        }
        CurrentUser me = currentUser.require();
        Instant now = clock.instant();
        Instant dueAt = dueAt(dueDay, zone, now);
        mayAssign(me, client, assigneeId);
        Text before = followUp.describeForAssignee();
        followUp.replan(users.requireEnabled(assigneeId), dueAt);
        followUps.flush();
        client.setNextFollowUpDue(followUps.findEarliestOpenDue(client.getId()));
        events.publishEvent(ClientChanged.of(
                Kind.FOLLOW_UP_REPLANNED,
                client,
                me,
                now,
                List.of(new FieldChange("field.audit.followUp", before, followUp.describeForAssignee()))));
    }

    /** The end of that working day in the user's zone; from today up to {@link FollowUp#LATEST_DUE_YEARS} ahead. */
    private static Instant dueAt(LocalDate dueDay, ZoneId zone, Instant now) {
        if (dueDay == null) {
            throw RuleViolationException.of("followUp.due.needed");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (dueDay.isBefore(today) || dueDay.isAfter(today.plusYears(FollowUp.LATEST_DUE_YEARS))) {
            throw RuleViolationException.of("followUp.due.range", FollowUp.LATEST_DUE_YEARS);
        }
        return dueDay.atTime(FollowUp.DUE_TIME).atZone(zone).toInstant();
    }

    /** Sales staff assign to themselves or the client's owner; managers and admins to anyone. */
    private static void mayAssign(CurrentUser me, Client client, long assignee) {
        if (assignee != me.id()
                && !me.seesWholeTeam()
                && assignee != client.getOwner().getId()) {
            throw NotAllowedException.of("followUp.assignee.notAllowed");
        }
    }

    /** The client's owner, managers, admins, and whoever the follow-up is assigned to may mark it done. */
    @Transactional
    public void completeFollowUp(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId).orElseThrow(() -> NotFoundException.of("followUp.gone"));
        Client client = followUp.getClient();
        CurrentUser me = currentUser.require();
        if (followUp.getAssignee().getId() != me.id()) {
            guard.mayChange(client, null);
        }
        Instant now = clock.instant();
        followUp.markDone(now);
        followUps.flush();
        client.setNextFollowUpDue(followUps.findEarliestOpenDue(client.getId()));
        events.publishEvent(ClientChanged.of(
                Kind.FOLLOW_UP_DONE,
                client,
                me,
                now,
                List.of(new FieldChange(
                        "field.audit.followUp", followUp.describe(), new Text("audit.followUp.done")))));
    }
}
