package com.journeycrm.journey;

/**
 * Published when a client changed stage (or its card changed). Delivered to open boards after the
 * transaction commits, so nobody sees a move that was rolled back.
 */
public record ClientMoved(long clientId, String clientName, Long fromStageId, long toStageId, long byUserId,
                          String byName, String toStageName) {
}
