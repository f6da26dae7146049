package com.journeycrm.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user reads, in the user's language: the message bundles {@code messages*.properties} (UTF-8; every
 * text a {@link MessageFormat} pattern, so an apostrophe is written twice), through Vaadin's {@link I18NProvider} —
 * a view asks with {@code getTranslation(key, arguments…)}. A language is offered once its bundle has every key
 * ({@code TranslationsTest} says which are missing).
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "messages";
    /** The languages offered, the default first; a browser asking for another gets the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Each missing key is logged once, however often it is asked for (the keys are the code's, not the user's). */
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = offered(locale);
        var bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        if (!bundle.containsKey(key)) {
            if (missing.add(key)) {
                log.warn("No text for the key {} in {}", key, language);
            }
            return "!" + key + "!";
        }
        return new MessageFormat(bundle.getString(key), language).format(shown(bundle, language, params));
    }

    /** The English text, where no user's language is at hand: an exception's message for logs and tests. */
    public static String english(String key, Object... params) {
        var bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        return bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(shown(bundle, Locale.ENGLISH, params))
                : key;
    }

    /** A text in each offered language: what an imported file may say in any of them (a column's header). */
    public static List<String> inEveryLanguage(String key) {
        return LANGUAGES.stream()
                .map(language -> ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK))
                .filter(bundle -> bundle.containsKey(key))
                .map(bundle -> bundle.getString(key).replace("''", "'"))
                .distinct()
                .toList();
    }

    /** The key of an enum constant's name: {@code enum.<Type>.<CONSTANT>}. */
    public static String key(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /**
     * An enum constant is shown by its own key, {@code enum.<Type>.<CONSTANT>}, where it has one; a {@link Text} by
     * its words in the same language.
     */
    private static Object[] shown(ResourceBundle bundle, Locale language, Object[] params) {
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                String key = key(constant);
                if (bundle.containsKey(key)) {
                    shown[i] = bundle.getString(key);
                }
            } else if (shown[i] instanceof Text text) {
                shown[i] = bundle.containsKey(text.key())
                        ? new MessageFormat(bundle.getString(text.key()), language)
                                .format(shown(bundle, language, text.arguments()))
                        : text.key();
            }
        }
        return shown;
    }

    /** Whether the language (not the region) is one of those offered. */
    public static boolean offers(Locale language) {
        return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()));
    }

    /** The offered language nearest to the one asked for, or the default. */
    static Locale offered(Locale asked) {
        return LANGUAGES.stream()
                .filter(l -> asked != null && l.getLanguage().equals(asked.getLanguage()))
                .findFirst()
                .orElse(LANGUAGES.getFirst());
    }
}
