package com.journeycrm.activity;

import java.time.Instant;

public record FollowUpItem(
        long id,
        long clientId,
        String clientName,
        String what,
        Instant dueAt,
        long assigneeId,
        String assigneeName,
        Instant doneAt) {

    public boolean overdue(Instant now) {
        return doneAt == null && dueAt.isBefore(now);
    }
}
