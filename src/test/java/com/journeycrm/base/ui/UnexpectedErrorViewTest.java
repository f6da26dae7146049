package com.journeycrm.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UnexpectedErrorViewTest extends KaribuTest {

    /** A page that fails as a page may when something nobody expected goes wrong. */
    @Route("test-failing-page")
    @PermitAll
    public static class FailingView extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("secret detail: jdbc:h2:file:/srv/data");
        }
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void a_page_that_fails_says_so_with_an_error_id_and_never_the_exceptions_text() {
        login("sales");
        navigate("test-failing-page");
        var page = _get(UnexpectedErrorView.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("This page could not be opened");
        String said = page.getElement().getTextRecursively();
        assertThat(said).containsPattern("error [0-9a-f]{8}").doesNotContain("secret", "jdbc", "IllegalState");
        assertThat(meters.get("journey.errors.unexpected")
                        .tag("kind", "IllegalStateException")
                        .counter()
                        .count())
                .isPositive();
    }
}
