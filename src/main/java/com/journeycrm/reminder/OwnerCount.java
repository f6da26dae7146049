package com.journeycrm.reminder;

/** One owner's reminder load, for the team view's summary. */
public record OwnerCount(long ownerId, String ownerName, long quietClients, long overdueFollowUps) {

    public long total() {
        return quietClients + overdueFollowUps;
    }
}
