package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.ui.TouchPointDialog;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.TouchPointType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field of the client view's forms, given what an attacker or a clumsy paste would: too long, empty where
 * required, wrong format, markup and script. The outcome is a message at the field with nothing saved, or the text
 * saved and shown as text; never an error page.
 */
class HostileInputTest extends KaribuTest {

    private static final String TOO_LONG = "x".repeat(6_000);

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    TimelineService timelines;

    private ClientDetailView openOwnClient() {
        var client = data.client(data.unique("Target"), "sales", "Interested");
        login("sales");
        navigate("clients/" + client.getId());
        var view = _get(ClientDetailView.class);
        view.tabs.setSelectedIndex(1);
        return view;
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "industry", "website", "notes"})
    void an_over_long_profile_field_is_refused_at_the_field_and_nothing_is_saved(String field) {
        var view = openOwnClient();
        var before = clients.details(view.client().id());
        var profile = view.profile;
        Function<String, Object> fields = f -> switch (f) {
            case "name" -> profile.name;
            case "industry" -> profile.industry;
            case "website" -> profile.website;
            default -> profile.notes;
        };
        var target = fields.apply(field);
        if (target instanceof TextField text) {
            enter(text, TOO_LONG);
            assertThat(text.isInvalid()).isTrue();
            assertThat(text.getErrorMessage()).startsWith("At most");
        } else {
            enter((TextArea) target, TOO_LONG);
            assertThat(((TextArea) target).isInvalid()).isTrue();
        }
        _click(profile.save);
        assertThat(clients.details(view.client().id())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "\"><svg onload=alert(1)>",
                "Robert'); DROP TABLE client;--"
            })
    void markup_and_script_are_saved_as_text_and_shown_as_text(String payload) {
        var view = openOwnClient();
        enter(view.profile.name, payload);
        enter(view.profile.notes, payload);
        _click(view.profile.save);
        assertThat(clients.details(view.client().id()).name()).isEqualTo(payload);
        assertThat(view.header.name.getText()).isEqualTo(payload);
        assertThat(view.header.name.getElement().getProperty("innerHTML")).isNull();

        view.tabs.setSelectedIndex(2);
        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, payload);
        _click(dialog.save);
        assertThat(GridKt._fetch(view.contactsPanel.grid, 0, 5))
                .extracting(ContactItem::name)
                .containsExactly(payload);

        view.tabs.setSelectedIndex(0);
        _click(_get(view.header, Button.class, spec -> spec.withText("Log touch point")));
        var touch = _get(TouchPointDialog.class);
        enter(_get(touch, TextField.class, spec -> spec.withLabel("Summary")), payload);
        _click(_get(touch, Button.class, spec -> spec.withText("Save")));
        List<TimelineEntry> timeline =
                timelines.timeline(view.client().id(), EnumSet.allOf(TouchPointType.class), false, 0, 5);
        assertThat(timeline.getFirst().title()).isEqualTo(payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_required_field_is_refused_at_the_field(String blank) {
        var view = openOwnClient();
        var before = clients.details(view.client().id());
        enter(view.profile.name, blank);
        _click(view.profile.save);
        assertThat(view.profile.name.isInvalid()).isTrue();
        assertThat(clients.details(view.client().id())).isEqualTo(before);

        view.tabs.setSelectedIndex(2);
        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, blank);
        enter(dialog.email, "not an address");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(contacts.contacts(view.client().id())).isEmpty();
        assertThat(_find(ContactDialog.class)).hasSize(1);
    }
}
