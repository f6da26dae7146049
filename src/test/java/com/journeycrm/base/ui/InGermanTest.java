package com.journeycrm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A user whose language is German reads no English: every view, opened as the role that may see it, is searched for
 * the sentences of the English bundle (those that read differently in German), in its texts, labels, placeholders,
 * helper texts, titles and column headers.
 */
class InGermanTest extends KaribuTest {

    /** The English phrases a German page must not show: each text's words between its arguments, by key. */
    private static Map<String, List<String>> englishPhrases() throws IOException {
        var english = bundle("messages.properties");
        var german = bundle("messages_de.properties");
        Map<String, List<String>> phrases = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key).replace("''", "'");
            if (en.equals(german.getProperty(key).replace("''", "'"))) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            // choice patterns nest braces: keep only the text outside any {…}
            int depth = 0;
            var part = new StringBuilder();
            for (char c : en.toCharArray()) {
                if (c == '{') {
                    depth++;
                    parts.add(part.toString());
                    part.setLength(0);
                } else if (c == '}') {
                    depth--;
                } else if (depth == 0) {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            var sentences = parts.stream()
                    .map(String::strip)
                    .filter(p -> p.length() >= 10 && p.contains(" "))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (!sentences.isEmpty()) {
                phrases.put(key, sentences);
            }
        }
        return phrases;
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** Every word the page shows or reads out: text, and the properties and attributes components render. */
    private static List<String> wordsOnThePage() {
        List<String> words = new ArrayList<>();
        collect(UI.getCurrent().getElement(), words);
        return words;
    }

    private static void collect(Element element, List<String> words) {
        if (element.isTextNode()) {
            words.add(element.getText());
        }
        for (String name : element.getPropertyNames().toList()) {
            if (element.getProperty(name) instanceof String value) {
                words.add(value);
            }
        }
        element.getAttributeNames().forEach(name -> words.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, words));
        // a dialog's, a grid column's or a header's content is a virtual child
        if (!element.getNode().hasFeature(VirtualChildrenList.class)) {
            return;
        }
        element.getNode().getFeatureIfInitialized(VirtualChildrenList.class).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                collect(Element.get(list.get(i)), words);
            }
        });
    }

    private void assertNoEnglish(String page, Map<String, List<String>> phrases) {
        var words = wordsOnThePage();
        assertThat(words).as(page + " is shown in German").anyMatch(w -> w.contains("Abmelden"));
        phrases.forEach((key, sentences) -> sentences.forEach(sentence ->
                assertThat(words).as("%s shows the English of %s", page, key).noneMatch(w -> w.contains(sentence))));
    }

    @Test
    void every_view_speaks_german_to_a_german_reader() throws IOException {
        var phrases = englishPhrases();
        assertThat(phrases).as("the English bundle has sentences to look for").hasSizeGreaterThan(100);
        // stage names are the firm's own words (the test database's are English): not the app's to translate
        var stageNames = data.stages().stream().map(s -> s.getName()).toList();
        phrases.values()
                .forEach(
                        sentences -> sentences.removeIf(s -> stageNames.stream().anyMatch(s::contains)));
        var client = data.client(data.unique("Kunde"), "sales", "Interested");
        UI.getCurrent().setLocale(Locale.GERMAN);
        login("admin");
        for (String page : List.of(
                "",
                "clients",
                "clients/" + client.getId(),
                "reminders",
                "reminders/team",
                "insights",
                "insights/clients?figure=IN_STAGE&key=" + client.getStage().getId(),
                "data",
                "admin/users",
                "admin/stages",
                "admin/services",
                "admin/audit",
                "admin/backup",
                "password",
                "clients/999999999")) {
            navigate(page);
            assertNoEnglish(page, phrases);
        }
    }

    @Test
    void the_english_phrases_are_found_on_an_english_page() throws IOException {
        var phrases = englishPhrases();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login("admin");
        navigate("clients");
        var words = wordsOnThePage();
        assertThat(phrases.values().stream().flatMap(List::stream))
                .as("the search would see English if there were any")
                .anyMatch(sentence -> words.stream().anyMatch(w -> w.contains(sentence)));
    }
}
