package com.journeycrm.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.TouchPointType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The Timeline tab and the "Log touch point" button this feature contributes to the client view. */
class TimelineTabTest extends KaribuTest {

    @Autowired
    TimelineService timelineService;

    @Autowired
    TouchPointService touchPointService;

    @Autowired
    ClientService clients;

    private Timeline open(Client client) {
        navigate("clients/" + client.getId());
        return _get(Timeline.class);
    }

    /** A part of the client view's header, by its class name. */
    private static Span mark(String className) {
        return _get(Span.class, spec -> spec.withClasses(className));
    }

    /** Whether the header shows "Gone quiet". */
    private static boolean quiet() {
        return !_find(Span.class, spec -> spec.withClasses("mark-quiet")).isEmpty();
    }

    /**
     * What a tampered browser can do: call a row's renderer function for any row, whether or not its button is
     * shown. Karibu has no helper for it, so this reaches the renderer's registered callables directly.
     */
    @SuppressWarnings("unchecked")
    private static void callFromBrowser(Timeline view, String function, TimelineEntry row) {
        try {
            var renderer = view.grid.getColumns().getFirst().getRenderer();
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            var byName = (Map<String, SerializableBiConsumer<TimelineEntry, ArrayNode>>) callables.get(renderer);
            byName.get(function).accept(row, JsonNodeFactory.instance.arrayNode());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<TimelineEntry> timeline(Timeline view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void a_tampered_browser_cannot_edit_a_stage_change_on_the_timeline() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        var stageChange = timeline(view).stream()
                .filter(TimelineEntry::isStageChange)
                .findFirst()
                .orElseThrow();
        assertThat(stageChange.editable()).isFalse();

        callFromBrowser(view, "edit", stageChange);
        callFromBrowser(view, "remove", stageChange);

        assertThat(_find(TouchPointDialog.class)).isEmpty();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void logging_a_call_puts_it_on_top_of_the_timeline_and_resets_days_since_last_touch() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        login("sales");
        var view = open(client);
        assertThat(quiet()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Log touch point")));
        var dialog = _get(TouchPointDialog.class);
        dialog.type.setValue(TouchPointType.CALL);
        dialog.summary.setValue("Called about next quarter");
        _click(dialog.save);

        assertThat(timeline(view).getFirst().title()).isEqualTo("Called about next quarter");
        assertThat(mark("client-facts").getText()).contains("(today, Call)");
        assertThat(quiet()).isFalse();
        assertThat(_find(TouchPointDialog.class)).isEmpty();
    }

    @Test
    void a_touch_point_can_be_corrected_and_deleted_by_its_author_and_last_touch_follows() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(40)));
        login("sales");
        var view = open(client);
        _click(_get(Button.class, spec -> spec.withText("Log touch point")));
        var log = _get(TouchPointDialog.class);
        log.type.setValue(TouchPointType.EMAIL);
        log.summary.setValue("Sent the wrong deck");
        _click(log.save);

        var entry = timeline(view).getFirst();
        assertThat(entry.editable()).isTrue();
        callFromBrowser(view, "edit", entry);
        var edit = _get(TouchPointDialog.class);
        edit.summary.setValue("Sent the right deck");
        _click(edit.save);
        assertThat(timeline(view).getFirst().title()).isEqualTo("Sent the right deck");

        callFromBrowser(view, "remove", timeline(view).getFirst());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(timeline(view)).extracting(TimelineEntry::title).doesNotContain("Sent the right deck");
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
        assertThat(mark("client-facts").getText()).contains("last touch never");
    }

    @Test
    void nobody_but_the_author_or_a_manager_may_change_a_touch_point() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("manager");
        var form = new TouchPointDetails();
        form.setOccurredAt(LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC));
        form.setSummary("Manager's call");
        touchPointService.logTouchPoint(client.getId(), form, ZoneOffset.UTC);
        login("sales");
        var view = open(client);
        assertThat(timeline(view).getFirst().title()).isEqualTo("Manager's call");
        assertThat(timeline(view).getFirst().editable())
                .as("owner, but not the author")
                .isFalse();
    }

    @Test
    void a_300_character_summary_or_a_future_date_shows_a_field_error_and_saves_nothing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        _click(_get(Button.class, spec -> spec.withText("Log touch point")));
        var dialog = _get(TouchPointDialog.class);

        dialog.summary.setValue("x".repeat(300));
        _click(dialog.save);
        assertThat(dialog.summary.isInvalid()).isTrue();
        assertThat(dialog.summary.getErrorMessage()).isEqualTo("At most 200 characters");

        dialog.summary.setValue("Fine summary");
        dialog.occurredAt.setValue(
                LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC).plusDays(1));
        _click(dialog.save);
        assertThat(dialog.occurredAt.isInvalid()).isTrue();
        assertThat(dialog.occurredAt.getErrorMessage()).isEqualTo("A touch point cannot be in the future");

        assertThat(timelineService.timelineCount(client.getId(), EnumSet.allOf(TouchPointType.class), false))
                .isZero();
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
    }
}
