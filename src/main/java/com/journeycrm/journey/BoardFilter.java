package com.journeycrm.journey;

import java.util.Locale;

/**
 * What the board shows: one owner or everyone, a name search, and optionally only clients needing
 * attention (gone quiet or with an overdue follow-up).
 */
public record BoardFilter(Long ownerId, String nameContains, boolean attentionOnly) {

    public static final BoardFilter ALL = new BoardFilter(null, null, false);
    /** No client name is longer, so a longer search (only a tampered browser sends one) is cut to it. */
    public static final int SEARCH_MAX = 200;

    /** A LIKE pattern; "%" when there is no search, so the query never branches on null strings. */
    public String namePattern() {
        if (nameContains == null || nameContains.isBlank()) {
            return "%";
        }
        String text = nameContains.length() > SEARCH_MAX ? nameContains.substring(0, SEARCH_MAX) : nameContains;
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
