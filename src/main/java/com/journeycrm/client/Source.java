package com.journeycrm.client;

/** How a client first became aware of the firm. */
public enum Source {
    REFERRAL("Referral"),
    WEBSITE("Website"),
    EVENT("Event"),
    REVIEW_SITE("Third-party review site"),
    SOCIAL("Social"),
    OTHER("Other");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
