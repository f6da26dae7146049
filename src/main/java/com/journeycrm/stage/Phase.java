package com.journeycrm.stage;

/** The four phases of a client's journey with the firm, in journey order. */
public enum Phase {
    PRE_PURCHASE,
    CLIENT_EXPERIENCE,
    BETWEEN_ENGAGEMENTS,
    FORMER_CLIENT;
}
