package com.journeycrm.client;

/**
 * Kinds of interaction. {@link #countsAsContact()} decides whether logging one resets the "gone quiet"
 * clock: only real two-way contact does. A newsletter goes to everyone, a website visit or a review is
 * something the client did without anyone at the firm talking to them, and a survey is a mass send.
 */
public enum TouchPointType {
    CALL("Call", "PHONE", true),
    EMAIL("Email", "ENVELOPE", true),
    MEETING("Meeting", "GROUP", true),
    PROPOSAL("Proposal", "FILE_TEXT", true),
    NEWSLETTER("Newsletter", "NEWSPAPER", false),
    EVENT("Event", "CALENDAR_USER", true),
    SOCIAL("Social", "COMMENTS", true),
    WEBSITE_VISIT("Website visit", "GLOBE", false),
    REFERRAL("Referral", "HANDSHAKE", true),
    SURVEY("Survey", "CLIPBOARD_CHECK", false),
    THIRD_PARTY_REVIEW("Third-party review", "STAR", false),
    OTHER("Other", "ELLIPSIS_DOTS_H", true);

    private final String label;
    private final String icon;
    private final boolean countsAsContact;

    TouchPointType(String label, String icon, boolean countsAsContact) {
        this.label = label;
        this.icon = icon;
        this.countsAsContact = countsAsContact;
    }

    public String label() {
        return label;
    }

    /** Name of a {@code VaadinIcon}; kept as a string so the domain does not depend on the UI. */
    public String icon() {
        return icon;
    }

    public boolean countsAsContact() {
        return countsAsContact;
    }
}
