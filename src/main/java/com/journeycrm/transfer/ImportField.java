package com.journeycrm.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported file can be. The template's own headers, and the usual headers of other CRMs' exports
 * (HubSpot, Salesforce, Pipedrive, spreadsheets), are suggested for it.
 */
public enum ImportField {
    NAME("Name", true, "company name", "company", "account name", "organization", "organisation", "client"),
    INDUSTRY("Industry", false, "sector", "branch"),
    WEBSITE("Website", false, "company domain name", "domain", "website url", "web site", "url", "homepage"),
    SOURCE("Source", false, "original source", "lead source", "how they found us", "source of awareness"),
    STAGE("Stage", true, "lifecycle stage", "lead status", "status", "journey stage", "pipeline stage"),
    OWNER(
            "Owner",
            false,
            "deal owner",
            "company owner",
            "contact owner",
            "account owner",
            "record owner",
            "owner username"),
    LAST_TOUCH(
            "Last touch",
            false,
            "last activity date",
            "last activity",
            "last contacted",
            "last contact date",
            "last touch date",
            "last engagement date"),
    NOTES("Notes", false, "description", "comments", "about"),
    CONTACT_NAME("Contact name", false, "contact", "full name", "primary contact", "person"),
    CONTACT_ROLE("Contact role", false, "job title", "title", "role", "position"),
    CONTACT_EMAIL("Contact email", false, "email", "e-mail", "email address", "work email"),
    CONTACT_PHONE("Contact phone", false, "phone", "phone number", "telephone", "mobile");

    private final String header;
    private final boolean required;
    private final List<String> alsoKnownAs;

    ImportField(String header, boolean required, String... alsoKnownAs) {
        this.header = header;
        this.required = required;
        this.alsoKnownAs = List.of(alsoKnownAs);
    }

    /** The template's header for this field, and what the mapping step calls it. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The field a column's header obviously means, if any: its own header or a known alias, whatever the case. */
    public static Optional<ImportField> suggestFor(String columnHeader) {
        String h = normal(columnHeader);
        return Arrays.stream(values())
                .filter(f -> normal(f.header).equals(h))
                .findFirst()
                .or(() -> Arrays.stream(values())
                        .filter(f -> f.alsoKnownAs.contains(h))
                        .findFirst());
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
