package com.journeycrm.client;

/**
 * What the client list shows: name contains {@code text}; in one stage, of one owner (null: any); and only those
 * needing attention of one kind.
 */
public record ClientFilter(String text, Long stageId, Long ownerId, Attention attention) {

    public enum Attention {
        ANY,
        QUIET,
        FOLLOW_UP_OVERDUE;
    }

    public ClientFilter {
        attention = attention == null ? Attention.ANY : attention;
    }

    /** Every client: no text, stage, owner or attention. */
    public boolean all() {
        return (text == null || text.isBlank()) && stageId == null && ownerId == null && attention == Attention.ANY;
    }

    public static ClientFilter byName(String text) {
        return new ClientFilter(text, null, null, Attention.ANY);
    }
}
