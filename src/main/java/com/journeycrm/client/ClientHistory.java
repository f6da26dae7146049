package com.journeycrm.client;

import com.journeycrm.security.AppUser;
import java.time.Instant;
import java.util.Optional;

/**
 * What the client feature needs of the stage history, which the journey feature above it keeps and implements this
 * for: a new client's arrival in its first stage is part of its creation, and the refusal of a stale change names
 * the move that made it stale.
 */
public interface ClientHistory {

    /** Records the client's arrival in its first stage, a stage change from no stage; by an import or not. */
    void arrived(Client client, boolean imported, AppUser by, Instant at);

    /** The client's latest move between two stages (its arrival is none), if it has one. */
    Optional<LastMove> lastMove(long clientId);

    record LastMove(String byName, String toStageName, Instant at) {}
}
