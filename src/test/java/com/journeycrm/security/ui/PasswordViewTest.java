package com.journeycrm.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.KaribuTest;
import com.journeycrm.security.AccountService;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AppUserRepository users;

    @Test
    void a_user_whose_password_an_admin_set_must_choose_their_own_before_anything_else() {
        var user = data.newUser(Role.SALES, "pw");
        data.loginAs("admin");
        String temporary = accounts.resetPassword(user.getId(), user.getVersion());

        login(user.getUsername());
        navigate("clients");
        var page = _get(PasswordView.class);
        assertThat(page.why.getText()).startsWith("Your password was set by an administrator");
        enter(page.current, temporary);
        enter(page.chosen, "my very own secret");
        enter(page.repeated, "my very own secretX");
        _click(page.save);
        assertThat(page.repeated.isInvalid()).isTrue();

        enter(page.repeated, "my very own secret");
        _click(page.save);
        assertThat(_find(PasswordView.class)).isEmpty();
        assertThat(users.findById(user.getId()).orElseThrow().mustChangePassword())
                .isFalse();
        navigate("clients");
        assertThat(_find(PasswordView.class)).isEmpty();
    }

    @Test
    void anyone_may_change_their_password_from_the_layout_and_a_wrong_current_one_is_refused() {
        login("sales");
        navigate("password");
        var page = _get(PasswordView.class);
        assertThat(page.why.getText()).isEqualTo("Choose a new password.");
        enter(page.current, "not my password");
        enter(page.chosen, "a fresh passphrase");
        enter(page.repeated, "a fresh passphrase");
        _click(page.save);
        assertThat(_get(PasswordView.class)).isSameAs(page);
    }
}
