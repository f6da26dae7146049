package com.journeycrm.client;

/**
 * Kinds of interaction. {@link #countsAsContact()} decides whether logging one resets the "gone quiet"
 * clock: only real two-way contact does. A newsletter goes to everyone, a website visit or a review is
 * something the client did without anyone at the firm talking to them, and a survey is a mass send.
 */
public enum TouchPointType {
    CALL("PHONE", true),
    EMAIL("ENVELOPE", true),
    MEETING("GROUP", true),
    PROPOSAL("FILE_TEXT", true),
    NEWSLETTER("NEWSPAPER", false),
    EVENT("CALENDAR_USER", true),
    SOCIAL("COMMENTS", true),
    WEBSITE_VISIT("GLOBE", false),
    REFERRAL("HANDSHAKE", true),
    SURVEY("CLIPBOARD_CHECK", false),
    THIRD_PARTY_REVIEW("STAR", false),
    OTHER("ELLIPSIS_DOTS_H", true);
    private final String icon;
    private final boolean countsAsContact;

    TouchPointType(String icon, boolean countsAsContact) {
        this.icon = icon;
        this.countsAsContact = countsAsContact;
    }

    /** Name of a {@code VaadinIcon}; kept as a string so the domain does not depend on the UI. */
    public String icon() {
        return icon;
    }

    public boolean countsAsContact() {
        return countsAsContact;
    }
}
