package com.journeycrm.base.validation;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Format checks for text users type. Each one checks the length first and then reads the text once (no
 * backtracking pattern), so its cost is bounded by the limit, whatever a browser sends.
 */
public final class TextRules {

    public static final int WEBSITE_MAX = 255;
    public static final int EMAIL_MAX = 254;
    private static final int EMAIL_LOCAL_MAX = 64;
    private static final int DOMAIN_LABEL_MAX = 63;

    private TextRules() {}

    /** An optional text as stored: stripped, and null when nothing is left. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Whether text holds a character nobody types and that would do harm where the text goes: a control character
     * (C0 — NUL, BEL, ESC… —, DEL and C1; a tab and line breaks only where {@code multiLine}) or a bidirectional
     * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), with which "exe.txt" can show as "txt.exe".
     * One pass, no pattern.
     */
    public static boolean hasForbiddenCharacter(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 && !(multiLine && lineBreakOrTab))
                    || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses text with a {@linkplain #hasForbiddenCharacter forbidden character}, naming the field: for the use
     * cases that take text without a form bean (a reason, a service's name).
     */
    public static void refuseForbiddenCharacters(String text, boolean multiLine, String fieldKey) {
        if (hasForbiddenCharacter(text, multiLine)) {
            throw RuleViolationException.of(
                    multiLine ? "text.forbidden.multiLine" : "text.forbidden.singleLine", new Text(fieldKey));
        }
    }

    /**
     * The text with every forbidden character (line breaks and tabs included) written as its code, e.g.
     * {@code ⟨U+202E⟩}: to show a refused value so that the user sees what to remove, not what it does.
     */
    public static String visible(String text) {
        if (text == null || !hasForbiddenCharacter(text, false)) {
            return text;
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hasForbiddenCharacter(String.valueOf(c), false)) {
                out.append("⟨U+").append(String.format("%04X", (int) c)).append('⟩');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text with every character {@link #hasForbiddenCharacter} refuses (line breaks and tabs included) replaced
     * by a space: for writers whose format forbids them whatever was stored before the rule, e.g. iCalendar.
     */
    public static String withoutControlCharacters(String text) {
        if (text == null || !hasForbiddenCharacter(text, false)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = text.substring(i, i + 1);
            out.append(hasForbiddenCharacter(one, false) ? ' ' : text.charAt(i));
        }
        return out.toString();
    }

    /**
     * A web address as it is kept: what a person types ("harbourenergy.example") gets {@code https://} in front; an
     * address with a scheme, and an empty text, stay as they are. The profile form and the import both go through it.
     */
    public static String webAddress(String text) {
        String address = text == null ? "" : text.strip();
        return address.isEmpty() || address.contains("://") ? address : "https://" + address;
    }

    /** {@code http://} or {@code https://}, a host with a dot and a top-level domain of two letters or more. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.length() > WEBSITE_MAX) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && isDomain(uri.getHost());
    }

    /** {@code local@domain.tld}: no quoted local parts or IP literals, which nobody types into a CRM. */
    public static boolean isEmailAddress(String text) {
        if (text == null || text.length() > EMAIL_MAX) {
            return false;
        }
        int at = text.indexOf('@');
        if (at < 1 || at > EMAIL_LOCAL_MAX || at != text.lastIndexOf('@')) {
            return false;
        }
        String local = text.substring(0, at);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!(Character.isLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return isDomain(text.substring(at + 1));
    }

    /** Dot-separated labels of letters, digits and inner hyphens; the last one letters only, two or more. */
    static boolean isDomain(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > DOMAIN_LABEL_MAX || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    return false;
                }
            }
        }
        String top = labels[labels.length - 1];
        return top.length() >= 2 && top.chars().allMatch(Character::isLetter);
    }
}
