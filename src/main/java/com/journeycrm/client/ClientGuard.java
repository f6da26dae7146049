package com.journeycrm.client;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one check before any change of a client — move, undo, profile, touch points, contacts, follow-ups,
 * services, snooze, reassign: this user may change this client (its owner, a manager or an admin) and, where the
 * caller says which version it saw, nobody changed it since. One wording for each refusal, everywhere.
 */
@Component
public class ClientGuard {

    private final ClientRepository clients;
    private final ClientHistory history;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ClientGuard(ClientRepository clients, ClientHistory history, CurrentUserProvider currentUser, Clock clock) {
        this.clients = clients;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the user saw, or null where the change cannot conflict with another
     *                        (adding a touch point or a follow-up)
     */
    public Client mayChange(long clientId, @Nullable Long expectedVersion) {
        Client client = clients.findById(clientId).orElseThrow(ClientGuard::gone);
        mayChange(client, expectedVersion);
        return client;
    }

    public void mayChange(Client client, @Nullable Long expectedVersion) {
        CurrentUser me = currentUser.require();
        if (!me.mayChangeClientOwnedBy(client.getOwner().getId())) {
            throw new AccessDeniedException("You can change only your own clients; " + client.getName() + " belongs to "
                    + client.getOwner().getDisplayName() + ".");
        }
        if (expectedVersion != null && client.getVersion() != expectedVersion) {
            throw new ConflictException(latestChange(client) + " Nothing was changed.");
        }
    }

    /** The refusal for a write that lost the race at commit time, after {@link #mayChange} had passed. */
    public ConflictException lostRace(Client client) {
        return new ConflictException(
                client.getName() + " was changed by someone else a moment ago. Nothing was changed.");
    }

    static NotFoundException gone() {
        return new NotFoundException("That client no longer exists.");
    }

    /** "Morgan Manager moved Acme to Informed a moment ago." — whatever happened last to the client. */
    private String latestChange(Client client) {
        var lastMove = history.lastMove(client.getId());
        String ago = ago(client.getModifiedAt());
        if (lastMove.isPresent() && !lastMove.get().at().isBefore(client.getModifiedAt())) {
            var move = lastMove.get();
            return move.byName() + " moved " + client.getName() + " to " + move.toStageName() + " " + ago + ".";
        }
        return client.getModifiedBy().getDisplayName() + " changed " + client.getName() + " " + ago + ".";
    }

    private String ago(Instant then) {
        long minutes = Duration.between(then, clock.instant()).toMinutes();
        if (minutes < 2) {
            return "a moment ago";
        }
        if (minutes < 120) {
            return minutes + " minutes ago";
        }
        return Duration.ofMinutes(minutes).toHours() + " hours ago";
    }
}
