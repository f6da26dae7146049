package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.FollowUpItem;
import com.journeycrm.client.Source;
import com.journeycrm.client.TimelineEntry;
import com.journeycrm.client.TimelineService;
import com.journeycrm.client.TouchPointDetails;
import com.journeycrm.client.TouchPointService;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.stage.Outcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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

class ClientDetailViewTest extends KaribuTest {

    @Autowired
    TimelineService timelineService;

    @Autowired
    TouchPointService touchPointService;

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contactService;

    private ClientDetailView open(Client client) {
        navigate("clients/" + client.getId());
        return _get(ClientDetailView.class);
    }

    /**
     * What a tampered browser can do: call a row's renderer function for any row, whether or not its button is
     * shown. Karibu has no helper for it, so this reaches the renderer's registered callables directly.
     */
    @SuppressWarnings("unchecked")
    private static void callFromBrowser(ClientDetailView view, String function, TimelineEntry row) {
        try {
            var renderer = view.timeline.grid.getColumns().getFirst().getRenderer();
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            var byName = (Map<String, SerializableBiConsumer<TimelineEntry, ArrayNode>>) callables.get(renderer);
            byName.get(function).accept(row, JsonNodeFactory.instance.arrayNode());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<TimelineEntry> timeline(ClientDetailView view) {
        return GridKt._fetch(view.timeline.grid, 0, 100);
    }

    @Test
    void going_from_one_client_to_another_and_back_keeps_the_same_seven_tabs() {
        var first = data.client(data.unique("First"), "sales", "Interested");
        var second = data.client(data.unique("Second"), "sales", "Informed");
        login("sales");
        var view = open(first);
        view.tabs.setSelectedIndex(5);

        navigate("clients/" + second.getId());
        assertThat(_get(ClientDetailView.class)).isSameAs(view);
        assertThat(view.tabs.getTabCount()).isEqualTo(7);
        assertThat(view.header.name.getText()).isEqualTo(second.getName());
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(5);

        UI.getCurrent().getPage().getHistory().back();
        navigate("clients/" + first.getId());
        assertThat(view.tabs.getTabCount()).isEqualTo(7);
        assertThat(view.header.name.getText()).isEqualTo(first.getName());
        assertThat(view.profile.name.getValue()).isEqualTo(first.getName());
    }

    @Test
    void adding_a_contact_stays_on_the_contacts_tab_and_shows_the_new_person() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);

        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, "Ada Lovelace");
        enter(dialog.email, "ada@acme.example");
        _click(dialog.save);

        assertThat(_find(ContactDialog.class)).isEmpty();
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        assertThat(GridKt._fetch(view.contactsPanel.grid, 0, 10))
                .extracting(ContactItem::name)
                .containsExactly("Ada Lovelace");
        assertThat(GridKt._fetch(view.changesPanel.getContent(), 0, 10))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(AuditKind.CONTACT_ADDED);
                    assertThat(change.actorName()).isEqualTo("Dana Sales");
                    assertThat(change.detail()).isEqualTo("Contact: — → Ada Lovelace · ada@acme.example");
                });
    }

    @Test
    void an_invalid_contact_keeps_the_dialog_open_with_what_was_typed_and_saves_nothing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);
        _click(view.contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        enter(dialog.name, "Ada Lovelace");
        enter(dialog.phone, "call me maybe");
        _click(dialog.save);

        assertThat(_get(ContactDialog.class)).isSameAs(dialog);
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Ada Lovelace");
        assertThat(contactService.contacts(client.getId())).isEmpty();
    }

    @Test
    void a_contact_changed_by_someone_else_meanwhile_is_not_overwritten_and_the_dialog_stays_open() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        var form = new ContactDetails();
        form.setName("Ada Lovelace");
        contactService.saveContact(client.getId(), form);
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(2);
        var row = GridKt._getCellComponent(view.contactsPanel.grid, 0, "actions");
        _click((Button) row);
        var dialog = _get(ContactDialog.class);

        data.loginAs("manager");
        var theirs = ContactDetails.of(contactService.contacts(client.getId()).getFirst());
        theirs.setJobTitle("CTO");
        contactService.saveContact(client.getId(), theirs);
        login("sales");

        enter(dialog.jobTitle, "CFO");
        _click(dialog.save);

        assertThat(_get(ContactDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Someone else changed Ada Lovelace"));
        assertThat(contactService.contacts(client.getId()).getFirst().jobTitle())
                .isEqualTo("CTO");
    }

    @Test
    void scheduling_a_follow_up_stays_on_its_tab_lists_it_and_clears_the_editor() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(3);
        var editor = view.followUpsPanel.editor;
        enter(editor.what, "Send the proposal");
        _click(editor.add);

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(3);
        assertThat(GridKt._fetch(view.followUpsPanel.grid, 0, 10))
                .extracting(FollowUpItem::what)
                .containsExactly("Send the proposal");
        assertThat(editor.what.getValue()).isEmpty();
    }

    @Test
    void a_follow_up_is_due_at_the_end_of_the_chosen_day_where_the_user_is() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(3);
        var editor = view.followUpsPanel.editor;
        enter(editor.what, "Call back");
        editor.due.setValue(TestConfig.TODAY.plusDays(2));
        _click(editor.add);

        assertThat(clients.details(client.getId()).nextFollowUpDue())
                .isEqualTo(TestConfig.TODAY
                        .plusDays(2)
                        .atTime(17, 0)
                        .atZone(UserTime.of(clock).zone())
                        .toInstant());
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
    void every_profile_field_stops_at_its_limit_in_the_browser() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW);
        login("sales");
        var profile = open(client).profile;
        assertThat(profile.name.getMaxLength()).isEqualTo(200);
        assertThat(profile.industry.getMaxLength()).isEqualTo(100);
        assertThat(profile.website.getMaxLength()).isEqualTo(255);
        assertThat(profile.notes.getMaxLength()).isEqualTo(5000);
    }

    @Test
    void a_website_thousands_of_characters_long_says_it_is_too_long_while_typing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW);
        login("sales");
        var profile = open(client).profile;
        profile.website.setValue("http://a" + ".".repeat(60_000) + " ");
        assertThat(profile.website.isInvalid()).isTrue();
        assertThat(profile.website.getErrorMessage()).isEqualTo("At most 255 characters");
    }

    @Test
    void the_header_shows_stage_owner_and_whether_the_client_has_gone_quiet() {
        var client = data.client(
                data.unique("Acme"), "sales", "Asked for information", TestConfig.NOW.minus(Duration.ofDays(5)));
        login("sales");
        var view = open(client);
        assertThat(view.header.name.getText()).isEqualTo(client.getName());
        assertThat(view.header.stage.getText()).isEqualTo("Asked for information");
        assertThat(view.header.facts.getText()).contains("Owner Dana Sales", "5 days in stage", "last touch never");
        assertThat(view.header.quiet.isVisible()).isTrue(); // threshold 3 days
    }

    @Test
    void logging_a_call_puts_it_on_top_of_the_timeline_and_resets_days_since_last_touch() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        login("sales");
        var view = open(client);
        assertThat(view.header.quiet.isVisible()).isTrue();

        _click(view.logTouch);
        var dialog = _get(TouchPointDialog.class);
        dialog.type.setValue(TouchPointType.CALL);
        dialog.summary.setValue("Called about next quarter");
        _click(dialog.save);

        assertThat(timeline(view).getFirst().title()).isEqualTo("Called about next quarter");
        assertThat(view.header.facts.getText()).contains("0 days ago, call");
        assertThat(view.header.quiet.isVisible()).isFalse();
        assertThat(_find(TouchPointDialog.class)).isEmpty();
    }

    @Test
    void a_touch_point_can_be_corrected_and_deleted_by_its_author_and_last_touch_follows() {
        var client = data.client(data.unique("Acme"), "sales", "Interested", TestConfig.NOW.minus(Duration.ofDays(40)));
        login("sales");
        var view = open(client);
        _click(view.logTouch);
        var log = _get(TouchPointDialog.class);
        log.type.setValue(TouchPointType.EMAIL);
        log.summary.setValue("Sent the wrong deck");
        _click(log.save);

        var entry = timeline(view).getFirst();
        assertThat(entry.editable()).isTrue();
        view.openTouchPointDialog(entry);
        var edit = _get(TouchPointDialog.class);
        edit.summary.setValue("Sent the right deck");
        _click(edit.save);
        assertThat(timeline(view).getFirst().title()).isEqualTo("Sent the right deck");

        view.confirmDelete(timeline(view).getFirst());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(timeline(view)).extracting(TimelineEntry::title).doesNotContain("Sent the right deck");
        assertThat(clients.details(client.getId()).lastTouchAt()).isNull();
        assertThat(view.header.facts.getText()).contains("last touch never");
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
        _click(view.logTouch);
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

    @Test
    void saving_a_valid_profile_stores_it() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.industry.setValue("Logistics");
        view.profile.website.setValue("https://acme.example");
        view.profile.source.setValue(Source.EVENT);
        _click(view.profile.save);

        var details = clients.details(client.getId());
        assertThat(details.industry()).isEqualTo("Logistics");
        assertThat(details.website()).isEqualTo("https://acme.example");
        assertThat(details.source()).isEqualTo(Source.EVENT);
    }

    @Test
    void an_invalid_profile_shows_errors_at_the_fields_and_saves_nothing() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);
        view.tabs.setSelectedIndex(1);
        view.profile.name.setValue("");
        view.profile.website.setValue("acme dot com");
        _click(view.profile.save);

        assertThat(view.profile.name.isInvalid()).isTrue();
        assertThat(view.profile.website.isInvalid()).isTrue();
        assertThat(view.profile.website.getErrorMessage()).contains("http");
        assertThat(clients.details(client.getId()).name()).isEqualTo(client.getName());
    }

    @Test
    void a_profile_changed_meanwhile_by_someone_else_is_not_overwritten() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        login("sales");
        var view = open(client);

        data.loginAs("manager");
        var theirs = new ClientProfile();
        theirs.setName("Acme (manager's edit)");
        theirs.setSource(Source.OTHER);
        clients.updateProfile(client.getId(), theirs, client.getVersion());
        login("sales");

        view.tabs.setSelectedIndex(1);
        view.profile.name.setValue("Acme (sales edit)");
        _click(view.profile.save);

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Morgan Manager changed"));
        assertThat(clients.details(client.getId()).name()).isEqualTo("Acme (manager's edit)");
        assertThat(view.profile.name.getValue()).isEqualTo("Acme (manager's edit)");
    }

    @Test
    void sales_sees_another_owners_client_read_only() {
        var client = data.client(data.unique("Acme"), "sales2", "Interested");
        login("sales");
        var view = open(client);
        assertThat(view.logTouch.isEnabled()).isFalse();
        assertThat(view.moveTo.isEnabled()).isFalse();
        assertThat(view.profile.save.isVisible()).isFalse();
        assertThat(view.profile.name.isReadOnly()).isTrue();
        assertThat(view.header.readOnly.getText()).isEqualTo("Read only: Sven Sales owns this client.");
    }

    @Test
    void move_to_from_the_client_view_uses_the_same_rules_as_the_board() {
        var client = data.client(data.unique("Acme"), "sales", "Deciding");
        login("sales");
        var view = open(client);
        _click(view.moveTo);
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
        assertThat(view.header.stage.getText()).isEqualTo("Lost");
        assertThat(data.history(client.getId()).getFirst().getOutcome()).isEqualTo(Outcome.NO_WAY);
    }

    @Test
    void an_unknown_client_id_goes_back_to_the_client_list() {
        login("sales");
        navigate("clients/999999999");
        assertThat(_find(ClientDetailView.class)).isEmpty();
        _get(ClientListView.class);
    }
}
