package com.journeycrm.transfer.ui;

import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.StageSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The obvious match of a file's stage or owner value among ours: same name, or a known other CRM's word for it. */
final class ValueMatcher {

    /** Lifecycle stages of common CRMs (HubSpot's among them) → our default stage names. */
    private static final Map<String, String> STAGE_WORDS = Map.ofEntries(
            Map.entry("subscriber", "Aware"),
            Map.entry("lead", "Interested"),
            Map.entry("marketing qualified lead", "On our list"),
            Map.entry("mql", "On our list"),
            Map.entry("marketingqualifiedlead", "On our list"),
            Map.entry("sales qualified lead", "Asked for information"),
            Map.entry("sql", "Asked for information"),
            Map.entry("salesqualifiedlead", "Asked for information"),
            Map.entry("opportunity", "Deciding"),
            Map.entry("customer", "Active engagement"),
            Map.entry("client", "Active engagement"),
            Map.entry("evangelist", "Former — advocate"),
            Map.entry("lost", "Lost"),
            Map.entry("closed lost", "Lost"),
            Map.entry("nurture", "Not now (nurture)"));

    private ValueMatcher() {}

    static Optional<StageSummary> stage(String value, List<StageSummary> stages) {
        String v = normal(value);
        return stages.stream()
                .filter(s -> normal(s.name()).equals(v))
                .findFirst()
                .or(() -> Optional.ofNullable(STAGE_WORDS.get(v))
                        .flatMap(name -> stages.stream()
                                .filter(s -> s.name().equals(name))
                                .findFirst()));
    }

    /**
     * A username, a display name, an email address whose local part is a username, or a first name (or an email's
     * local part) that only one user's name begins with.
     */
    static Optional<UserSummary> owner(String value, List<UserSummary> users) {
        String v = normal(value);
        String local = v.contains("@") ? v.substring(0, v.indexOf('@')) : v;
        var exact = users.stream()
                .filter(u -> normal(u.username()).equals(v)
                        || normal(u.displayName()).equals(v)
                        || normal(u.username()).equals(local))
                .findFirst();
        if (exact.isPresent() || local.isEmpty()) {
            return exact;
        }
        var byFirstName = users.stream()
                .filter(u -> normal(u.displayName()).split(" ")[0].equals(local))
                .toList();
        return byFirstName.size() == 1 ? Optional.of(byFirstName.getFirst()) : Optional.empty();
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
