package com.journeycrm.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.journeycrm.KaribuTest;
import com.journeycrm.base.ConflictException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a view fails to handle reaches the user as a sentence, never as a stack trace. */
class FriendlyErrorsTest extends KaribuTest {

    private static List<String> notificationTexts() {
        return _find(Notification.class).stream().flatMap(n -> _find(n, Span.class).stream())
                .map(Span::getText).toList();
    }

    @Test
    void a_known_refusal_wrapped_by_the_framework_shows_its_own_message() {
        login("sales");
        navigate("");
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new RuntimeException(new ConflictException("Dana moved Acme a moment ago."))));
        MockVaadin.clientRoundtrip(false);
        assertThat(notificationTexts()).contains("Dana moved Acme a moment ago.");
    }

    @Test
    void an_unexpected_error_shows_a_plain_sentence() {
        login("sales");
        navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom at line 42")));
        MockVaadin.clientRoundtrip(false);
        assertThat(notificationTexts()).contains("Something went wrong and nothing was saved. Please try again.")
                .noneMatch(t -> t.contains("boom"));
    }
}
