package com.journeycrm.audit;

import com.journeycrm.base.Text;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as the audit view, the client view and the CSV export show it: its facts, worded by the reader
 * ({@link #lines()}); an entry from before facts were kept has its English prose instead.
 */
public record AuditRow(
        long id,
        Instant at,
        AuditKind kind,
        Long actorId,
        String actorName,
        Long clientId,
        String subject,
        @Nullable String prose,
        @Nullable String facts) {

    /** "Industry: Retail → Health" in an entry written before facts were kept. */
    private static final Pattern OLD_CHANGE = Pattern.compile("([^:\\n]{1,40}): (.*) → (.*)");

    /** The field names of entries written before facts were kept, and the key each stands for now. */
    private static final Map<String, String> OLD_FIELDS = Map.ofEntries(
            Map.entry("Name", "field.audit.name"),
            Map.entry("Industry", "field.audit.industry"),
            Map.entry("Website", "field.audit.website"),
            Map.entry("How they became aware", "field.audit.source"),
            Map.entry("Notes", "field.audit.notes"),
            Map.entry("Stage", "field.audit.stage"),
            Map.entry("Outcome", "field.audit.outcome"),
            Map.entry("Reason", "field.audit.reason"),
            Map.entry("Owner", "field.audit.owner"),
            Map.entry("Role", "field.audit.role"),
            Map.entry("Contact", "field.audit.contact"),
            Map.entry("Touch point", "field.audit.touchPoint"),
            Map.entry("Follow-up", "field.audit.followUp"),
            Map.entry("Snoozed until", "field.audit.snoozedUntil"),
            Map.entry("Snooze reason", "field.audit.snoozeReason"),
            Map.entry("Description", "field.audit.description"),
            Map.entry("Colour", "field.audit.colour"),
            Map.entry("Quiet after (days)", "field.audit.quietDays"),
            Map.entry("WIP limit", "field.audit.wipLimit"));

    /** Whole sentences entries written before facts were kept, and the key of each now. */
    private static final Map<String, String> OLD_SENTENCES = Map.of(
            "Wrong password", "audit.login.wrongPassword",
            "No such user", "audit.login.noSuchUser",
            "Changed their own password", "audit.password.own",
            "A temporary password, to be changed at the next login", "audit.password.temporary");

    /** What the entry says, line by line, for the reader to word. */
    public List<Text> lines() {
        if (facts != null) {
            return AuditFacts.decode(facts);
        }
        if (prose == null) {
            return List.of();
        }
        return prose.lines().map(AuditRow::oldLine).toList();
    }

    private static Text oldLine(String line) {
        if (OLD_SENTENCES.containsKey(line)) {
            return new Text(OLD_SENTENCES.get(line));
        }
        var change = OLD_CHANGE.matcher(line);
        if (change.matches() && OLD_FIELDS.containsKey(change.group(1))) {
            return AuditLog.change(OLD_FIELDS.get(change.group(1)), change.group(2), change.group(3));
        }
        return new Text("audit.asIs", line);
    }

    /** What the entry says in English, one line each: for logs and tests. */
    public String detail() {
        return lines().stream().map(Text::english).collect(Collectors.joining("\n"));
    }
}
