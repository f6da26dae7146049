package com.journeycrm.activity;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientFinder;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone leaves: all their clients and open follow-ups go to a colleague in one step, all or nothing. Each client
 * is reassigned as a single reassignment would be (its event, so open boards and the history see it).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class HandOverService {

    /** What a hand-over moved. */
    public record HandedOver(int clients, int followUps) {}

    private final ClientFinder clients;
    private final FollowUpRepository followUps;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    HandOverService(
            ClientFinder clients,
            FollowUpRepository followUps,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.clients = clients;
        this.followUps = followUps;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HandedOver handOver(long fromUserId, long toUserId) {
        if (fromUserId == toUserId) {
            throw RuleViolationException.of("handOver.sameUser");
        }
        var to = users.requireEnabled(toUserId);
        var me = currentUser.require();
        var by = users.reference(me.id());
        var now = clock.instant();
        var theirs = clients.ownedBy(fromUserId);
        for (Client client : theirs) {
            String before = client.getOwner().getDisplayName();
            client.reassign(to, by, now);
            events.publishEvent(ClientChanged.of(
                    Kind.HANDED_OVER,
                    client,
                    me,
                    now,
                    List.of(new FieldChange("field.audit.owner", before, to.getDisplayName()))));
        }
        clients.flush();
        int open = followUps.handOverOpen(fromUserId, to);
        audit.record(
                now,
                AuditKind.HANDED_OVER,
                new AuditLog.Actor(me.id(), me.displayName()),
                null,
                users.reference(fromUserId).getDisplayName(),
                List.of(new Text("audit.handedOver", theirs.size(), open, to.getDisplayName())));
        return new HandedOver(theirs.size(), open);
    }
}
