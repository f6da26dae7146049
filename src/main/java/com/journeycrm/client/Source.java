package com.journeycrm.client;

/** How a client first became aware of the firm. */
public enum Source {
    REFERRAL,
    WEBSITE,
    EVENT,
    REVIEW_SITE,
    SOCIAL,
    OTHER;
}
