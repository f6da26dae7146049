package com.journeycrm.client;

import java.time.Instant;

/** A row of the client list. */
public record ClientListItem(long id, String name, String industry, String ownerName, String stageName,
                             Instant lastTouchAt, Instant nextTouchDue) {
}
