package com.journeycrm.client;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotAllowedException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.Text;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
            throw NotAllowedException.of(
                    "client.notYours", client.getName(), client.getOwner().getDisplayName());
        }
        if (expectedVersion != null && client.getVersion() != expectedVersion) {
            throw ConflictException.of("conflict.nothingChanged", latestChange(client));
        }
    }

    /** The refusal for a write that lost the race at commit time, after {@link #mayChange} had passed. */
    public ConflictException lostRace(Client client) {
        return ConflictException.of("client.conflict.someoneElse", client.getName());
    }

    static NotFoundException gone() {
        return NotFoundException.of("client.gone");
    }

    /** "Morgan Manager moved Acme to Informed a moment ago." — whatever happened last to the client. */
    private Text latestChange(Client client) {
        var lastMove = history.lastMove(client.getId());
        Text ago = ago(client.getModifiedAt());
        if (lastMove.isPresent() && !lastMove.get().at().isBefore(client.getModifiedAt())) {
            var move = lastMove.get();
            return new Text("client.conflict.moved", move.byName(), client.getName(), move.toStageName(), ago);
        }
        return new Text("client.conflict.changed", client.getModifiedBy().getDisplayName(), client.getName(), ago);
    }

    private Text ago(Instant then) {
        long minutes = Duration.between(then, clock.instant()).toMinutes();
        if (minutes < 2) {
            return new Text("time.ago.moment");
        }
        if (minutes < 120) {
            return new Text("time.ago.minutes", minutes);
        }
        return new Text("time.ago.hours", Duration.ofMinutes(minutes).toHours());
    }
}
