package com.journeycrm.stage;

/** The four phases of a client's journey with the firm, in journey order. */
public enum Phase {
    PRE_PURCHASE("Pre-purchase"),
    CLIENT_EXPERIENCE("Client experience"),
    BETWEEN_ENGAGEMENTS("Between engagements"),
    FORMER_CLIENT("Former client");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
