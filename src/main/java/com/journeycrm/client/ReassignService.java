package com.journeycrm.client;

import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Giving a client to another owner: managers and admins only, as of the version they saw. */
@Service
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
public class ReassignService {

    private final ClientGuard guard;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReassignService(
            ClientGuard guard,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guard = guard;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void reassign(long clientId, long newOwnerId, long expectedVersion) {
        Client client = guard.mayChange(clientId, expectedVersion);
        CurrentUser me = currentUser.require();
        var owner = users.requireEnabled(newOwnerId);
        String before = client.getOwner().getDisplayName();
        Instant now = clock.instant();
        client.reassign(owner, users.reference(me.id()), now);
        events.publishEvent(ClientChanged.of(
                Kind.REASSIGNED,
                client,
                me,
                now,
                List.of(new FieldChange("field.audit.owner", before, owner.getDisplayName()))));
    }
}
