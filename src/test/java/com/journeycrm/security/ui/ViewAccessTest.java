package com.journeycrm.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.journeycrm.admin.ui.UsersView;
import com.journeycrm.base.ui.NoAccessView;
import com.journeycrm.board.ui.BoardView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role opens exactly the views it should, and its menu shows exactly those. */
class ViewAccessTest extends KaribuTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private boolean isShowing(Class<?> view) {
        return UI.getCurrent().getCurrentView().getClass().equals(view);
    }

    @ParameterizedTest
    @CsvSource({"sales", "sales2", "manager", "admin"})
    void every_role_lands_on_the_board(String username) {
        login(username);
        navigate("");
        assertThat(isShowing(BoardView.class)).isTrue();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        navigate("");
        assertThat(isShowing(LoginView.class)).isTrue();
        _get(LoginForm.class);
    }

    @Test
    void sales_does_not_see_or_open_the_admin_views() {
        login("sales");
        navigate("");
        assertThat(menu()).contains("Board").doesNotContain("Users", "Stages", "Services", "Audit trail");
        for (String adminView : List.of("admin/users", "admin/stages", "admin/services", "admin/audit")) {
            navigate(adminView);
            assertThat(isShowing(NoAccessView.class)).as(adminView).isTrue();
        }
        assertThat(isShowing(UsersView.class)).isFalse();
    }

    @Test
    void manager_does_not_see_or_open_the_admin_views() {
        login("manager");
        navigate("");
        assertThat(menu()).contains("Board").doesNotContain("Users", "Stages", "Services", "Audit trail");
        for (String adminView : List.of("admin/users", "admin/stages", "admin/services", "admin/audit")) {
            navigate(adminView);
            assertThat(isShowing(NoAccessView.class)).as(adminView).isTrue();
        }
        assertThat(isShowing(UsersView.class)).isFalse();
    }

    @Test
    void admin_sees_and_opens_the_users_view() {
        login("admin");
        navigate("");
        assertThat(menu()).contains("Board", "Users", "Stages", "Services", "Audit trail");
        navigate("admin/users");
        assertThat(isShowing(UsersView.class)).isTrue();
    }

    @Test
    void the_layout_shows_who_is_logged_in_and_their_role() {
        login("manager");
        navigate("");
        assertThat(_find(Span.class).stream().map(s -> s.getText())).contains("Morgan Manager", "Manager");
    }
}
