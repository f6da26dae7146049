package com.journeycrm.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.security.TestAccess;
import com.journeycrm.security.UserService.Account;
import com.vaadin.flow.component.button.Button;
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
        int row = GridKt._fetch(view.grid, 0, 500).stream().map(Account::username).toList().indexOf(user.getUsername());
        assertThat(GridKt._getFormatted(view.grid, row, "locked")).isEqualTo("Locked");

        var unlock = _find(GridKt._getCellComponent(view.grid, row, "actions"), Button.class).getFirst();
        _click(unlock);

        assertThat(users.findById(user.getId()).orElseThrow().isLockedAt(clock.instant())).isFalse();
        assertThat(GridKt._getFormatted(view.grid, row, "locked")).isEmpty();
    }

    /** Five failed logins, as LoginAttempts records them (package-private there, so via reflection-free API). */
    private static void lockOnce(AppUser user, Instant now) {
        TestAccess.recordFailedLogin(user, now);
    }
}
