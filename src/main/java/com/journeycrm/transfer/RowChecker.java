package com.journeycrm.transfer;

import com.journeycrm.base.Text;
import com.journeycrm.base.Translations;
import com.journeycrm.base.validation.BundleMessages;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.Source;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads every row of a file by the plan and says what is wrong with it, column by column, with the same limits and
 * formats as the forms (their Bean Validation constraints), plus what only an import can get wrong: values that
 * are no stage, user or source, dates that are not dates or lie ahead, duplicates in the file.
 */
final class RowChecker {

    private static final DateTimeFormatter[] DAYS = {
        DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ofPattern("M/d/uuuu")
    };
    private static final DateTimeFormatter[] TIMES = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"),
        DateTimeFormatter.ISO_LOCAL_DATE_TIME,
        DateTimeFormatter.ofPattern("M/d/uuuu H:mm"),
        DateTimeFormatter.ofPattern("d.M.uuuu H:mm")
    };

    private final CsvFile file;
    private final ImportPlan plan;
    private final Validator validator;
    private final Set<Long> stageIds;
    private final Set<Long> enabledUserIds;
    private final long importer;
    private final Instant now;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> sites = new HashMap<>();

    RowChecker(
            CsvFile file,
            ImportPlan plan,
            Validator validator,
            Set<Long> stageIds,
            Set<Long> enabledUserIds,
            long importer,
            Instant now) {
        this.file = file;
        this.plan = plan;
        this.validator = validator;
        this.stageIds = stageIds;
        this.enabledUserIds = enabledUserIds;
        this.importer = importer;
        this.now = now;
    }

    List<RowError> errors() {
        return errors;
    }

    /** Names and websites of the file, normalised, with the row that first has each: for the existing-client check. */
    Map<String, Integer> names() {
        return names;
    }

    Map<String, Integer> sites() {
        return sites;
    }

    /** @return the row as the import creates it, or null when something is wrong (recorded in {@link #errors}) */
    @Nullable
    ImportRow check(CsvFile.Row index) {
        int row = index.number();
        int before = errors.size();
        var profile = new ClientProfile();
        profile.setName(value(index, ImportField.NAME));
        profile.setIndustry(value(index, ImportField.INDUSTRY));
        profile.setWebsite(TextRules.webAddress(value(index, ImportField.WEBSITE)));
        profile.setNotes(value(index, ImportField.NOTES));
        profile.setSource(source(index, row));
        for (var violation : validator.validate(profile)) {
            String property = violation.getPropertyPath().toString();
            var field = switch (property) {
                case "name" -> ImportField.NAME;
                case "industry" -> ImportField.INDUSTRY;
                case "website" -> ImportField.WEBSITE;
                case "notes" -> ImportField.NOTES;
                default -> ImportField.SOURCE;
            };
            error(row, field, value(index, field), inPlanLanguage(violation));
        }
        Long stage = stage(index, row);
        Long owner = owner(index, row);
        Instant lastTouch = lastTouch(index, row);
        ContactDetails contact = contact(index, row);
        duplicates(index, row, profile);
        if (errors.size() > before) {
            return null;
        }
        return new ImportRow(row, profile, stage, owner, lastTouch, contact);
    }

    private String value(CsvFile.Row index, ImportField field) {
        return plan.value(index, field);
    }

    private void error(int row, ImportField field, String value, String key, Object... arguments) {
        errors.add(new RowError(row, field, header(field), value, new Text(key, arguments)));
    }

    private void error(int row, ImportField field, String value, Text problem) {
        errors.add(new RowError(row, field, header(field), value, problem));
    }

    /** A field's check, worded in the plan's language (the words are the form's own: {@code validation.*}). */
    private Text inPlanLanguage(ConstraintViolation<?> violation) {
        return new Text("import.problem.check", BundleMessages.inLanguage(violation, plan.language()));
    }

    /** The column's header in the file, or null when no column holds the field. */
    private @Nullable String header(ImportField field) {
        Integer column = plan.columns().get(field);
        return column == null ? null : file.headers().get(column);
    }

    /** "acme.com" as exported by many CRMs is taken as https://acme.com. */
    private Source source(CsvFile.Row index, int row) {
        String text = value(index, ImportField.SOURCE);
        if (text.isEmpty()) {
            return Source.OTHER;
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
        for (Source s : Source.values()) {
            if (s.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(key)
                    || Translations.inEveryLanguage(Translations.key(s)).stream()
                            .anyMatch(words -> words.toLowerCase(Locale.ROOT)
                                    .replace('-', ' ')
                                    .equals(key))) {
                return s;
            }
        }
        Source known = switch (key) {
            case "referred", "word of mouth", "recommendation" -> Source.REFERRAL;
            case "web", "organic search", "direct traffic", "web form", "inbound" -> Source.WEBSITE;
            case "events", "conference", "trade show", "seminar" -> Source.EVENT;
            case "review site", "reviews", "third party review" -> Source.REVIEW_SITE;
            case "social media", "linkedin", "twitter", "facebook" -> Source.SOCIAL;
            default -> null;
        };
        if (known == null) {
            error(row, ImportField.SOURCE, text, "import.problem.source");
            return Source.OTHER;
        }
        return known;
    }

    private Long stage(CsvFile.Row index, int row) {
        String text = value(index, ImportField.STAGE);
        Long id = plan.stages().get(text);
        if (text.isEmpty()) {
            error(row, ImportField.STAGE, text, "import.problem.noStage");
        } else if (id == null) {
            error(row, ImportField.STAGE, text, "import.problem.stageUnmatched");
        } else if (!stageIds.contains(id)) {
            error(row, ImportField.STAGE, text, "import.problem.stageGone");
        }
        return id;
    }

    private Long owner(CsvFile.Row index, int row) {
        String text = value(index, ImportField.OWNER);
        if (text.isEmpty()) {
            return importer;
        }
        Long id = plan.owners().get(text);
        if (id == null) {
            error(row, ImportField.OWNER, text, "import.problem.ownerUnmatched");
        } else if (!enabledUserIds.contains(id)) {
            error(row, ImportField.OWNER, text, "import.problem.ownerGone");
        }
        return id;
    }

    private Instant lastTouch(CsvFile.Row index, int row) {
        String text = value(index, ImportField.LAST_TOUCH);
        if (text.isEmpty()) {
            return null;
        }
        Instant at = parseTime(text, plan);
        if (at == null) {
            error(row, ImportField.LAST_TOUCH, text, "import.problem.notDate");
        } else if (at.isAfter(now)) {
            error(row, ImportField.LAST_TOUCH, text, "import.problem.future");
        }
        return at;
    }

    /** A day is its start in the plan's time zone; a time of day is read there too; an offset is kept. */
    static Instant parseTime(String text, ImportPlan plan) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the local forms
        }
        for (var format : TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(plan.zone()).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        for (var format : DAYS) {
            try {
                return LocalDate.parse(text, format).atStartOfDay(plan.zone()).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }

    private ContactDetails contact(CsvFile.Row index, int row) {
        String name = value(index, ImportField.CONTACT_NAME);
        String role = value(index, ImportField.CONTACT_ROLE);
        String email = value(index, ImportField.CONTACT_EMAIL);
        String phone = value(index, ImportField.CONTACT_PHONE);
        if ((name + role + email + phone).isEmpty()) {
            return null;
        }
        var contact = new ContactDetails();
        contact.setName(name);
        contact.setJobTitle(role);
        contact.setEmail(email);
        contact.setPhone(phone);
        for (var violation : validator.validate(contact)) {
            var field = switch (violation.getPropertyPath().toString()) {
                case "name" -> ImportField.CONTACT_NAME;
                case "jobTitle" -> ImportField.CONTACT_ROLE;
                case "email" -> ImportField.CONTACT_EMAIL;
                default -> ImportField.CONTACT_PHONE;
            };
            error(row, field, value(index, field), inPlanLanguage(violation));
        }
        return contact;
    }

    private void duplicates(CsvFile.Row index, int row, ClientProfile profile) {
        String name = normalName(profile.getName());
        if (!name.isEmpty()) {
            Integer first = names.putIfAbsent(name, row);
            if (first != null) {
                error(row, ImportField.NAME, value(index, ImportField.NAME), "import.problem.sameName", first);
            }
        }
        String site = normalSite(profile.getWebsite());
        if (site != null) {
            Integer first = sites.putIfAbsent(site, row);
            if (first != null) {
                error(row, ImportField.WEBSITE, value(index, ImportField.WEBSITE), "import.problem.sameWebsite", first);
            }
        }
    }

    static String normalName(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The host without "www.", lower case: https://www.Acme.com/ and acme.com are the same website. */
    static String normalSite(String website) {
        if (website == null || website.isEmpty() || !TextRules.isWebAddress(website)) {
            return null;
        }
        String host = java.net.URI.create(website).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    void existing(int row, ImportField field, String value, String problemKey) {
        errors.add(new RowError(row, field, header(field), value, new Text(problemKey)));
    }
}
