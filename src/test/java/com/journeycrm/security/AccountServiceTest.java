package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's rules for accounts, each as the admin meets it. */
@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestData data;

    @Autowired
    UserService userService;

    private AppUser reload(long id) {
        return users.findById(id).orElseThrow();
    }

    @Test
    void an_admin_adds_a_user_who_can_then_log_in() {
        data.loginAs("admin");
        String name = "new." + data.unique("hire").replaceAll("[^a-z0-9]", "");
        long id = accounts.create(name, "  New Hire  ", Role.SALES, "a long passphrase 42");
        var user = reload(id);
        assertThat(user.getDisplayName()).isEqualTo("New Hire");
        assertThat(user.getRole()).isEqualTo(Role.SALES);
        assertThat(passwordEncoder.matches("a long passphrase 42", user.getPasswordHash()))
                .isTrue();
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isTrue();
    }

    @Test
    void usernames_are_unique_whatever_the_case_and_passwords_follow_the_rules() {
        data.loginAs("admin");
        assertThatThrownBy(() -> accounts.create("SALES", "Dana Again", Role.SALES, "a long passphrase 42"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("There is already a user called SALES.");
        assertThatThrownBy(() -> accounts.create("has space", "X", Role.SALES, "a long passphrase 42"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> accounts.create("shorty", "X", Role.SALES, "elevenchars"))
                .hasMessage("A password has at least 12 characters.");
        assertThat(AccountService.PASSWORD_MIN).isEqualTo(12);
        accounts.create("twelve" + data.unique("x").replaceAll("[^a-z0-9]", ""), "X", Role.SALES, "twelve chars");
        assertThatThrownBy(() -> accounts.create("robin", "Robin", Role.SALES, "my name is Robin!!"))
                .hasMessage("A password must not contain the username.");
        // BCrypt reads 72 bytes at most: a longer passphrase is refused in words, not with an error page
        assertThatThrownBy(() -> accounts.create("longer", "Longer", Role.SALES, "a".repeat(65)))
                .hasMessage("A password has at most 64 characters (fewer with accents or emoji).");
        assertThatThrownBy(() -> accounts.create("emoji", "Emoji", Role.SALES, "🔑".repeat(20)))
                .hasMessage("A password has at most 64 characters (fewer with accents or emoji).");
        accounts.create(
                "max" + data.unique("x").replaceAll("[^a-z0-9]", ""),
                "Max",
                Role.SALES,
                "correct horse battery staple ".repeat(2) + "abcdef");
        assertThatThrownBy(() -> accounts.create("common", "Common", Role.SALES, "QWERTY123456"))
                .hasMessage("That password is among the 10,000 most common ones: choose another.");
        assertThatThrownBy(() -> accounts.create("blank", " ", Role.SALES, "a long passphrase 42"))
                .hasMessage("A name is 1–100 characters.");
    }

    @Test
    void a_disabled_user_cannot_log_in_until_enabled_again() {
        data.loginAs("admin");
        var user = data.newUser(Role.SALES, "pw");
        accounts.disable(user.getId(), user.getVersion());
        assertThat(userDetails.loadUserByUsername(user.getUsername()).isEnabled())
                .isFalse();
        accounts.enable(user.getId(), reload(user.getId()).getVersion());
        assertThat(userDetails.loadUserByUsername(user.getUsername()).isEnabled())
                .isTrue();
    }

    @Test
    void an_admin_cannot_disable_or_demote_themselves_so_an_enabled_admin_always_remains() {
        var first = data.newUser(Role.ADMIN, "pw");
        var second = data.newUser(Role.ADMIN, "pw");
        data.loginAs(first.getUsername());
        assertThatThrownBy(() -> accounts.disable(first.getId(), first.getVersion()))
                .hasMessage("You cannot disable your own account.");
        assertThatThrownBy(() -> accounts.update(first.getId(), "First", Role.MANAGER, first.getVersion()))
                .hasMessage("You cannot take away your own admin role.");

        accounts.update(second.getId(), second.getDisplayName(), Role.MANAGER, second.getVersion());
        assertThat(reload(second.getId()).getRole()).isEqualTo(Role.MANAGER);
        // the demoted admin can no longer act on the one who demoted them
        data.loginAs(second.getUsername());
        assertThatThrownBy(() -> accounts.update(first.getId(), "First", Role.MANAGER, first.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reload(first.getId()).getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        data.loginAs("admin");
        var user = data.newUser(Role.SALES, "pw");
        accounts.update(user.getId(), "First Name", Role.SALES, user.getVersion());
        assertThatThrownBy(() -> accounts.update(user.getId(), "Second Name", Role.SALES, user.getVersion()))
                .isInstanceOf(ConflictException.class);
        assertThat(reload(user.getId()).getDisplayName()).isEqualTo("First Name");
    }

    @Test
    void only_admins_manage_accounts() {
        data.loginAs("manager");
        var user = data.newUser(Role.SALES, "pw");
        assertThatThrownBy(() -> accounts.disable(user.getId(), user.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("someone", "Someone", Role.ADMIN, "a long passphrase 42"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_password_an_admin_sets_is_temporary_and_a_reset_gives_a_new_one_shown_once() {
        data.loginAs("admin");
        String name = "temp" + data.unique("x").replaceAll("[^a-z0-9]", "");
        long id = accounts.create(name, "Temp User", Role.SALES, "first password 1");
        assertThat(reload(id).mustChangePassword()).isTrue();

        String temporary = accounts.resetPassword(id, reload(id).getVersion());
        assertThat(temporary).hasSize(16).doesNotContainAnyWhitespaces();
        assertThat(passwordEncoder.matches(temporary, reload(id).getPasswordHash()))
                .isTrue();
        assertThat(passwordEncoder.matches("first password 1", reload(id).getPasswordHash()))
                .isFalse();
        assertThat(AccountService.temporaryPassword()).isNotEqualTo(AccountService.temporaryPassword());
    }

    @Test
    void a_user_changes_their_own_password_only_knowing_the_current_one() {
        data.loginAs("admin");
        String name = "own" + data.unique("x").replaceAll("[^a-z0-9]", "");
        long id = accounts.create(name, "Own User", Role.SALES, "first password 1");
        data.loginAs(name);
        assertThat(userService.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> userService.changeOwnPassword("wrong one", "a brand new secret"))
                .hasMessage("The current password is not right.");
        assertThatThrownBy(() -> userService.changeOwnPassword("first password 1", "short"))
                .hasMessage("A password has at least 12 characters.");
        assertThatThrownBy(() -> userService.changeOwnPassword("first password 1", "first password 1"))
                .hasMessage("Choose a password other than the current one.");
        userService.changeOwnPassword("first password 1", "a brand new secret");
        assertThat(userService.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("a brand new secret", reload(id).getPasswordHash()))
                .isTrue();
    }
}
