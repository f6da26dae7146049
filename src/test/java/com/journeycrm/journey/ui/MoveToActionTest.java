package com.journeycrm.journey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.journeycrm.stage.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** The "Move to…" button this feature contributes to the client view. */
class MoveToActionTest extends KaribuTest {

    @Test
    void move_to_from_the_client_view_uses_the_same_rules_as_the_board() {
        var client = data.client(data.unique("Acme"), "sales", "Deciding");
        login("sales");
        navigate("clients/" + client.getId());
        _click(_get(Button.class, spec -> spec.withText("Move to…")));
        var target = _find(_get(MoveToDialog.class), Button.class).stream()
                .filter(b -> "Lost".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        _click(target);
        // Leaving Deciding: the outcome dialog of the board
        var outcome = _get(OutcomeDialog.class);
        assertThat(outcome).isNotNull();
        _click(_find(outcome, Button.class).stream()
                .filter(b -> "Move".equals(b.getText()))
                .findFirst()
                .orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withClasses("stage-badge")).getText())
                .isEqualTo("Lost");
        assertThat(data.history(client.getId()).getFirst().getOutcome()).isEqualTo(Outcome.NO_WAY);
    }
}
