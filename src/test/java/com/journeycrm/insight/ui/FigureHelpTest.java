package com.journeycrm.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The help beside each Insights section says what docs/insights.md says: the two cannot drift apart. */
class FigureHelpTest {

    @Test
    void every_section_help_is_the_text_of_the_docs() throws IOException {
        var bundle = new Properties();
        try (Reader in =
                Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        String docs = plain(Files.readString(Path.of("docs/insights.md")));
        var helps = bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("insight.") && key.endsWith(".help") && !key.equals("insight.help")
                        || key.equals("insight.help.moves"))
                .sorted()
                .toList();
        assertThat(helps).hasSizeGreaterThanOrEqualTo(10);
        for (String key : helps) {
            String text = plain(new MessageFormat(bundle.getProperty(key)).format(new Object[0]));
            assertThat(docs).as(key).contains(text);
        }
    }

    /** Markdown's emphasis and line breaks are not words. */
    private static String plain(String text) {
        return text.replace("*", "").replaceAll("\\s+", " ");
    }
}
