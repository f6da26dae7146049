package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * A Lit template's own words ("Edit", "Move to…") in the user's language: each {@code {{name}}} placeholder is
 * replaced by its key's text, escaped, once when the template is made (the rows bring only their data).
 */
public final class TemplateWords {

    private TemplateWords() {}

    /** @param keys each placeholder's name and the key of its words */
    public static String fill(Component host, String template, Map<String, String> keys) {
        String filled = template;
        for (var entry : keys.entrySet()) {
            filled = filled.replace("{{" + entry.getKey() + "}}", escaped(host.getTranslation(entry.getValue())));
        }
        return filled;
    }

    private static String escaped(String words) {
        return words.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
