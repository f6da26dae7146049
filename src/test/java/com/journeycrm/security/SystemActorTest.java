package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Work no signed-in user does runs as the system's own account: through the same use cases and checks, authored by
 * "System" in the audit trail and the history. Nobody signs in as it, and no list of people shows it.
 */
@IntegrationTest
class SystemActorTest {

    @Autowired
    SystemActor system;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    UserService users;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void a_use_case_run_by_the_system_is_authored_by_the_system_and_the_caller_is_back_afterwards() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.logout();
        var form = new TouchPointDetails();
        form.setType(TouchPointType.EMAIL);
        form.setDirection(Direction.INBOUND);
        form.setOccurredAt(
                LocalDateTime.ofInstant(TestConfig.NOW, ZoneOffset.UTC).minusHours(1));
        form.setSummary("Re: the proposal");

        system.run(() -> touchPoints.logTouchPoint(client.getId(), form, ZoneOffset.UTC));

        assertThat(jdbc.queryForObject("""
                select u.display_name from touch_point t join app_user u on u.id = t.author_id
                where t.client_id = ?""", String.class, client.getId())).isEqualTo("System");
        assertThat(jdbc.queryForObject("""
                select actor_name from audit_entry where client_id = ? and kind = 'TOUCH_POINT_LOGGED'""", String.class, client.getId())).isEqualTo("System");
        assertThat(contexts.getContext().getAuthentication())
                .as("nobody, as before")
                .isNull();
    }

    @Test
    void nobody_signs_in_as_the_system_and_no_list_of_people_shows_it() {
        long id = jdbc.queryForObject("select id from app_user where role = 'SYSTEM'", Long.class);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, id);
        assertThatThrownBy(() -> userDetails.loadUserByUsername(username))
                .isInstanceOf(UsernameNotFoundException.class);

        data.loginAs("admin");
        assertThat(users.listAccounts()).noneMatch(a -> a.id() == id);
        assertThat(users.listActiveUsers()).noneMatch(u -> u.id() == id);
        assertThatThrownBy(() -> accounts.update(id, "Me now", Role.ADMIN, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.enable(id, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.create("robot", "Robot", Role.SYSTEM, "a long enough passphrase 42"))
                .isInstanceOf(RuleViolationException.class);
    }
}
