package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code hands a component words of its own: a text, label, header, placeholder, title or notice given as a string
 * literal is a key of the bundles, or one of the few justified exceptions below.
 */
class UserTextInCodeTest {

    private static final Path CODE = Path.of("src/main/java");

    /** A call that shows its first argument to the user, with that argument a string literal. */
    private static final Pattern SHOWN_LITERAL = Pattern.compile("(?:\\.(?:setText|setHeader|setLabel|setPlaceholder"
            + "|setHelperText|setAriaLabel|setTooltipText|setErrorMessage|setHeaderTitle|setEmptyStateText"
            + "|setEmptySelectionCaption|setTitle|addItem|asRequired|setMinErrorMessage|setMaxErrorMessage"
            + "|setBadInputErrorMessage)"
            + "|new (?:Button|Span|Div|H[1-6]|Paragraph|Anchor|TextField|TextArea|PasswordField|IntegerField"
            + "|EmailField|DatePicker|DateTimePicker|Checkbox|Tab|Details|ComboBox<[^>]*>|Select<[^>]*>"
            + "|RadioButtonGroup<[^>]*>|Notification)"
            + "|Notifications\\.(?:info|error)|Attempt\\.run\\([^,]+,)\\(\\s*\"([^\"]*)\"");

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_]+)+");

    /** Words that are the same in every language, each with why. */
    private static final Set<String> JUSTIFIED = Set.of(
            // the product's name: the brand in the drawer and on the sign-in page
            "Journey",
            "CRM",
            "Journey CRM",
            // a link's address, not its words (the Insights drill-down's way back)
            "insights",
            // the web address field's placeholder: a scheme reads the same everywhere
            "https://",
            // HTTP response headers, for browsers
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Cache-Control");

    @Test
    void components_are_given_keys_not_words() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = SHOWN_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (literal.chars().anyMatch(Character::isLetter)
                            && !KEY.matcher(literal).matches()
                            && !JUSTIFIED.contains(literal)) {
                        found.add(CODE.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("words given to components in code, not by key").isEmpty();
    }
}
