package com.journeycrm.journey;

import com.journeycrm.security.CurrentUser;

/**
 * Published when a client changed stage (or its card changed). Delivered to open boards after the
 * transaction commits, so nobody sees a move that was rolled back.
 */
public record ClientMoved(long clientId, String clientName, Long fromStageId, long toStageId, long byUserId,
                          String byName, String toStageName) {

    /** The client stayed in its stage but its card changed (touch logged, snoozed, reassigned, renamed). */
    public static ClientMoved cardChanged(com.journeycrm.client.Client client, CurrentUser by) {
        long stage = client.getStage().getId();
        return new ClientMoved(client.getId(), client.getName(), stage, stage, by.id(), by.displayName(),
                client.getStage().getName());
    }
}
