package com.journeycrm.base.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Format checks for text users type. Each one checks the length first and then reads the text once (no
 * backtracking pattern), so its cost is bounded by the limit, whatever a browser sends.
 */
public final class TextRules {

    public static final int WEBSITE_MAX = 255;
    public static final int EMAIL_MAX = 254;
    private static final int EMAIL_LOCAL_MAX = 64;
    private static final int DOMAIN_LABEL_MAX = 63;

    private TextRules() {
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
            if (label.isEmpty() || label.length() > DOMAIN_LABEL_MAX
                    || label.startsWith("-") || label.endsWith("-")) {
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
