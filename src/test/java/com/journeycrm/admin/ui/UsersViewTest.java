package com.journeycrm.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.security.TestAccess;
import com.journeycrm.security.UserService.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class UsersViewTest extends KaribuTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    TransactionTemplate tx;

    @Test
    void the_admin_sees_a_locked_account_and_unlocks_it() {
        var user = data.newUser(Role.SALES, "pw");
        tx.executeWithoutResult(s -> {
            var u = users.findById(user.getId()).orElseThrow();
            for (int i = 0; i < 5; i++) {
                lockOnce(u, clock.instant());
            }
        });
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        int row = GridKt._fetch(view.grid, 0, 500).stream()
                .map(Account::username)
                .toList()
                .indexOf(user.getUsername());
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Enabled · locked");

        var unlock = _find(GridKt._getCellComponent(view.grid, row, "actions"), Button.class).stream()
                .filter(b -> "Unlock".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        _click(unlock);

        assertThat(users.findById(user.getId()).orElseThrow().isLockedAt(clock.instant()))
                .isFalse();
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Enabled");
    }

    @Test
    void the_admin_adds_a_user_and_a_refused_one_keeps_the_dialog_open_with_the_reason() {
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        _click(view.newUser);
        var dialog = _get(AccountDialog.class);
        String username = "kim" + data.unique("x").replaceAll("[^a-z0-9]", "");
        enter(dialog.username, username);
        enter(dialog.displayName, "Kim Analyst");
        enter(dialog.password, "short");
        _click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(_get(AccountDialog.class)).isSameAs(dialog);

        enter(dialog.password, "my name is " + username);
        _click(dialog.save);
        assertThat(_get(AccountDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).contains("A password must not contain the username.");

        enter(dialog.password, "correct horse battery");
        _click(dialog.save);
        assertThat(_find(AccountDialog.class)).isEmpty();
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getDisplayName())
                .isEqualTo("Kim Analyst");
    }

    @Test
    void the_admin_disables_and_enables_a_user_and_changes_their_role() {
        var user = data.newUser(Role.SALES, "pw");
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        click(view, user.getUsername(), "Disable");
        assertThat(users.findById(user.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, user.getUsername()), "status"))
                .isEqualTo("Disabled");
        click(view, user.getUsername(), "Enable");
        assertThat(users.findById(user.getId()).orElseThrow().isEnabled()).isTrue();

        click(view, user.getUsername(), "Edit");
        var dialog = _get(AccountDialog.class);
        assertThat(dialog.username.isReadOnly()).isTrue();
        dialog.role.setValue(Role.MANAGER);
        _click(dialog.save);
        assertThat(users.findById(user.getId()).orElseThrow().getRole()).isEqualTo(Role.MANAGER);
    }

    @Test
    void the_admin_is_told_they_cannot_disable_themselves() {
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        click(view, "admin", "Disable");
        assertThat(notificationTexts()).contains("You cannot disable your own account.");
        assertThat(users.findByUsernameIgnoreCase("admin").orElseThrow().isEnabled())
                .isTrue();
    }

    private static int rowOf(UsersView view, String username) {
        return GridKt._fetch(view.grid, 0, 500).stream()
                .map(Account::username)
                .toList()
                .indexOf(username);
    }

    private static void click(UsersView view, String username, String action) {
        _click(_find(GridKt._getCellComponent(view.grid, rowOf(view, username), "actions"), Button.class).stream()
                .filter(b -> action.equals(b.getText()))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void a_reset_shows_the_temporary_password_once() {
        var user = data.newUser(Role.SALES, "pw");
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        click(view, user.getUsername(), "Reset password");
        String temporary =
                _get(Span.class, spec -> spec.withClasses("temporary-password")).getText();
        assertThat(temporary).hasSize(16);
        assertThat(users.findById(user.getId()).orElseThrow().mustChangePassword())
                .isTrue();
    }

    @Test
    void the_admin_hands_a_leavers_clients_to_a_colleague() {
        var leaver = data.newUser(Role.SALES, "pw");
        var client = data.client(data.unique("Leaver's"), leaver.getUsername(), "Interested");
        login("admin");
        navigate("admin/users");
        var view = _get(UsersView.class);
        click(view, leaver.getUsername(), "Hand over…");
        var dialog = _get(HandOverDialog.class);
        _click(dialog.handOver);
        assertThat(dialog.to.isInvalid()).isTrue();
        dialog.to.setValue(dialog.to
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("sales"))
                .findFirst()
                .orElseThrow());
        _click(dialog.handOver);
        assertThat(_find(HandOverDialog.class)).isEmpty();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Handed 1 client and 0 open follow-ups from"));
        assertThat(data.reload(client.getId()).getOwner().getUsername()).isEqualTo("sales");
    }

    /** Five failed logins, as LoginAttempts records them (package-private there, so via reflection-free API). */
    private static void lockOnce(AppUser user, Instant now) {
        TestAccess.recordFailedLogin(user, now);
    }
}
