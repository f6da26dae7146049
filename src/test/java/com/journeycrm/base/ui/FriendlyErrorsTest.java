package com.journeycrm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.journeycrm.KaribuTest;
import com.journeycrm.base.ConflictException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Whatever a view fails to handle reaches the user as a sentence, never as a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class FriendlyErrorsTest extends KaribuTest {

    @Test
    void a_known_refusal_wrapped_by_the_framework_shows_its_own_message() {
        login("sales");
        navigate("");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(
                        new RuntimeException(ConflictException.of("client.conflict.someoneElse", "Acme"))));
        MockVaadin.clientRoundtrip(false);
        assertThat(notificationTexts()).contains("Acme was changed by someone else a moment ago. Nothing was changed.");
    }

    @Test
    void an_unexpected_error_shows_a_plain_sentence_with_an_id_that_finds_its_one_log_line(CapturedOutput log) {
        login("sales");
        navigate("");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("boom at line 42")));
        MockVaadin.clientRoundtrip(false);
        var shown = notificationTexts().stream()
                .filter(t -> t.startsWith("Something went wrong"))
                .findFirst()
                .orElseThrow();
        var id = Pattern.compile("error ([0-9a-f]{8})\\.$").matcher(shown);
        assertThat(id.find()).as(shown).isTrue();
        assertThat(shown).doesNotContain("boom");
        assertThat(log.getOut().lines().filter(line -> line.contains("Error " + id.group(1) + ":")))
                .singleElement()
                .asString()
                .contains("IllegalStateException: boom at line 42");
    }
}
