package com.journeycrm.base;

import java.util.Locale;

/** Case-insensitive "contains" searches in SQL: the user's text as a LIKE pattern, with its wildcards escaped. */
public final class LikePattern {

    private LikePattern() {}

    /**
     * {@code %text%}, lower-cased, with {@code \ % _} escaped (the default LIKE escape on H2 and PostgreSQL);
     * {@code %} when there is no text, so queries never branch on null. Text longer than {@code max} (only a
     * tampered browser sends it) is cut to it, which keeps the pattern, and the database's work, bounded.
     */
    public static String contains(String text, int max) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String cut = text.length() > max ? text.substring(0, max) : text;
        String escaped = cut.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
