package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.stage.Outcome;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles stay complete and in use: what a new language lacks, and what no code asks for any more. */
class TranslationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path CODE = Path.of("src/main/java");
    /**
     * A key as the code writes it: a string literal of dotted lower-camel words, or a form check's {@code
     * "{validation.…}"}.
     */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)+)}?\"");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> otherLanguages() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("messages_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static Set<String> literalsInCode() throws IOException {
        Set<String> literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        return literals;
    }

    /** {@code enum.Outcome.HIRED}: an enum of that simple name in the code (top-level or nested) has that constant. */
    private static boolean enumConstantExists(String key) {
        String[] parts = key.split("\\.");
        var declaration = Pattern.compile("\\benum " + parts[1] + "\\b[^{]*\\{(.*?);", Pattern.DOTALL);
        try (Stream<Path> files = Files.walk(CODE)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    var matcher = declaration.matcher(Files.readString(f));
                    return matcher.find()
                            && Pattern.compile("\\b" + parts[2] + "\\b")
                                    .matcher(matcher.group(1))
                                    .find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_language_has_exactly_the_keys_of_the_english_bundle() throws IOException {
        var english = bundle("messages.properties").stringPropertyNames();
        assertThat(otherLanguages()).isNotEmpty();
        for (String file : otherLanguages()) {
            var other = bundle(file).stringPropertyNames();
            var missing = new TreeSet<>(english);
            missing.removeAll(other);
            var extra = new TreeSet<>(other);
            extra.removeAll(english);
            assertThat(missing).as(file + " lacks these keys").isEmpty();
            assertThat(extra).as(file + " has keys the English bundle does not").isEmpty();
        }
    }

    @Test
    void every_key_is_asked_for_by_the_code() throws IOException {
        var unused = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        var literals = literalsInCode();
        unused.removeIf(key -> literals.contains(key)
                || key.startsWith("enum.") && enumConstantExists(key)
                || asksThroughItsSection(key, literals));
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    /** An Insights section's definition and help are asked for through the section's key (its title). */
    private static boolean asksThroughItsSection(String key, Set<String> literals) {
        return (key.endsWith(".definition") || key.endsWith(".help"))
                && literals.contains(key.substring(0, key.lastIndexOf('.')));
    }

    @Test
    void every_text_is_a_pattern_whose_apostrophes_are_written_twice() throws IOException {
        for (String file : Stream.concat(Stream.of("messages.properties"), otherLanguages().stream())
                .toList()) {
            var bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                // A form check's text is Hibernate Validator's, not a MessageFormat: its apostrophe is written once.
                if (key.startsWith("validation.")) {
                    assertThat(text)
                            .as(file + " " + key + ": write ' in a form check's text")
                            .doesNotContain("''");
                } else {
                    assertThat(LONE_APOSTROPHE.matcher(text).find())
                            .as(file + " " + key + ": write '' for an apostrophe")
                            .isFalse();
                }
                assertThat(text).as(file + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void a_text_is_given_in_the_offered_language_nearest_the_asked_one_with_its_arguments() {
        var translations = new Translations();
        assertThat(translations.getTranslation("error.noAccess.title", Locale.UK))
                .isEqualTo("You don't have access to this page");
        assertThat(translations.getTranslation("error.unexpected.text", Locale.ENGLISH, "ab12cd34"))
                .endsWith("tell support: error ab12cd34.");
        assertThat(translations.getTranslation("error.back", Locale.JAPANESE)).isEqualTo("Back to the board");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
        assertThat(translations.getTranslation("journey.outcome.doesNotFit", Locale.ENGLISH, Outcome.NO_WAY, "Active"))
                .as("an enum constant by its own key")
                .isEqualTo("\"No way\" is not an outcome of moving to Active.");
    }

    /** The enums whose constants the app shows by their keys ({@code Translations.key}). */
    private static final List<String> SHOWN_ENUMS = List.of(
            "com.journeycrm.stage.Outcome",
            "com.journeycrm.stage.Phase",
            "com.journeycrm.stage.StagePalette",
            "com.journeycrm.security.Role",
            "com.journeycrm.client.Source",
            "com.journeycrm.client.TouchPointType",
            "com.journeycrm.client.Direction",
            "com.journeycrm.client.ClientFilter$Attention",
            "com.journeycrm.audit.AuditKind",
            "com.journeycrm.insight.Figure",
            "com.journeycrm.insight.ui.InsightPeriod$Kind",
            "com.journeycrm.transfer.ImportField",
            "com.journeycrm.transfer.ExportService$Dataset");

    @Test
    void every_constant_of_an_enum_shown_by_its_key_has_words() throws Exception {
        var english = bundle("messages.properties");
        var missing = new TreeSet<String>();
        for (String name : SHOWN_ENUMS) {
            for (Object constant : Class.forName(name).getEnumConstants()) {
                String key = Translations.key((Enum<?>) constant);
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("enum constants without words").isEmpty();
    }
}
