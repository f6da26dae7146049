package com.journeycrm.transfer;

import com.journeycrm.base.Translations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported file can be. The template's own headers, and the usual headers of other CRMs' exports
 * (HubSpot, Salesforce, Pipedrive, spreadsheets), are suggested for it.
 */
public enum ImportField {
    NAME(
            true,
            "company name",
            "company",
            "account name",
            "organization",
            "organisation",
            "client",
            "firma",
            "firmenname",
            "unternehmen",
            "kunde"),
    INDUSTRY(false, "sector", "branch", "sektor"),
    WEBSITE(
            false,
            "company domain name",
            "domain",
            "website url",
            "web site",
            "url",
            "homepage",
            "webseite",
            "internetseite"),
    SOURCE(false, "original source", "lead source", "how they found us", "source of awareness"),
    STAGE(true, "lifecycle stage", "lead status", "status", "journey stage", "pipeline stage"),
    OWNER(
            false,
            "deal owner",
            "company owner",
            "contact owner",
            "account owner",
            "record owner",
            "owner username",
            "verantwortlich",
            "besitzer"),
    LAST_TOUCH(
            false,
            "last activity date",
            "last activity",
            "last contacted",
            "last contact date",
            "last touch date",
            "last engagement date"),
    NOTES(false, "description", "comments", "about", "beschreibung", "bemerkungen", "notiz"),
    CONTACT_NAME(false, "contact", "full name", "primary contact", "person", "kontakt", "ansprechpartner"),
    CONTACT_ROLE(false, "job title", "title", "role", "position", "funktion", "titel"),
    CONTACT_EMAIL(false, "email", "e-mail", "email address", "work email", "e-mail-adresse"),
    CONTACT_PHONE(false, "phone", "phone number", "telephone", "mobile", "telefon", "telefonnummer", "mobil");

    private final boolean required;
    private final List<String> alsoKnownAs;

    ImportField(boolean required, String... alsoKnownAs) {
        this.required = required;
        this.alsoKnownAs = List.of(alsoKnownAs);
    }

    public boolean required() {
        return required;
    }

    /** The field a column's header obviously means, if any: its own header or a known alias, whatever the case. */
    public static Optional<ImportField> suggestFor(String columnHeader) {
        String h = normal(columnHeader);
        return Arrays.stream(values())
                .filter(f -> Translations.inEveryLanguage(Translations.key(f)).stream()
                        .anyMatch(words -> normal(words).equals(h)))
                .findFirst()
                .or(() -> Arrays.stream(values())
                        .filter(f -> f.alsoKnownAs.contains(h))
                        .findFirst());
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
