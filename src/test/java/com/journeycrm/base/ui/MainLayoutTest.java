package com.journeycrm.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void the_top_bar_names_the_view_the_user_is_on() {
        login("manager");
        navigate("clients");
        var layout = _get(MainLayout.class);
        assertThat(layout.title.getText()).isEqualTo("Clients");
        navigate("reminders/team");
        assertThat(layout.title.getText()).isEqualTo("Team reminders");
        navigate("admin/users");
        assertThat(layout.title.getText()).isEqualTo("No access");
    }

    @Test
    void the_view_is_the_page_main_landmark() {
        login("sales");
        navigate("clients");
        var view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view.getElement().getAttribute("role")).isEqualTo("main");
    }

    @Test
    void every_menu_entry_has_its_own_icon() {
        login("admin");
        navigate("");
        var icons = _find(SideNavItem.class).stream()
                .map(item -> item.getPrefixComponent().getElement().getAttribute("icon"))
                .toList();
        assertThat(icons).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    }

    @Test
    void a_new_notice_replaces_the_one_before_instead_of_stacking() {
        login("sales");
        navigate("");
        Notifications.info("First");
        Notifications.error("Refused");
        Notifications.info("Second");
        assertThat(_find(Notification.class).stream().filter(Notification::isOpened))
                .hasSize(1);
        var refusal = Notifications.error("Refused again");
        assertThat(refusal.getPosition()).isEqualTo(Notifications.PLACE);
        assertThat(refusal.getDuration()).isEqualTo((int) Notifications.REFUSAL.toMillis());
        assertThat(refusal.isAssertive()).isTrue();
    }

    @Test
    void the_app_name_is_taken_off_page_titles_for_the_top_bar() {
        assertThat(MainLayout.withoutAppName("Board · Journey CRM")).isEqualTo("Board");
        assertThat(MainLayout.withoutAppName("Acme Ltd")).isEqualTo("Acme Ltd");
    }

    @Test
    void choosing_deutsch_in_the_menu_remembers_it_and_the_session_speaks_german() {
        var user = data.newUser(com.journeycrm.security.Role.SALES, "pw");
        login(user.getUsername());
        navigate("");
        @SuppressWarnings("unchecked")
        var choice = (com.vaadin.flow.component.select.Select<java.util.Locale>)
                _find(com.vaadin.flow.component.select.Select.class).stream()
                        .filter(s -> s.hasClassName("language-choice"))
                        .findFirst()
                        .orElseThrow();
        assertThat(choice.getValue()).isEqualTo(java.util.Locale.ENGLISH);

        // as the browser does: the new value, then its change event from the client
        choice.setValue(java.util.Locale.GERMAN);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                choice,
                new com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<>(
                        choice, choice, java.util.Locale.ENGLISH, true));

        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(java.util.Locale.GERMAN);
        assertThat(context.getBean(com.journeycrm.security.UserService.class).chosenLanguage())
                .contains(java.util.Locale.GERMAN);
    }
}
