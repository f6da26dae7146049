package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database refuses what the app refuses, whoever writes to it: straight SQL here, every statement rolled back.
 */
@IntegrationTest
class DatabaseRulesTest {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    private void inRolledBackTransaction(Consumer<JdbcTemplate> work) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.accept(sql);
        });
    }

    private void refused(String statement, Object... args) {
        assertThatThrownBy(() -> inRolledBackTransaction(s -> s.update(statement, args)))
                .as(statement)
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void accepted(String statement, Object... args) {
        inRolledBackTransaction(
                s -> assertThat(s.update(statement, args)).as(statement).isPositive());
    }

    private long clientId() {
        return data.client(data.unique("Acme"), "sales", "Interested").getId();
    }

    @Test
    void the_audit_trail_cannot_be_emptied_by_truncation() {
        data.loginAs("admin");
        long entries = sql.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> sql.execute("truncate table audit_entry"))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(sql.queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(entries);
    }

    @Test
    void every_enum_value_the_app_knows_is_accepted() {
        long id = clientId();
        for (Source source : Source.values()) {
            accepted("update client set source = ? where id = ?", source.name(), id);
        }
        for (TouchPointType type : TouchPointType.values()) {
            accepted(
                    "update client set last_touch_type = ?, last_touch_at = stage_entered_at where id = ?",
                    type.name(),
                    id);
        }
        for (Role role : Role.values()) {
            accepted("update app_user set role = ? where username = 'sales'", role.name());
        }
        for (Phase phase : Phase.values()) {
            accepted("update stage set phase = ? where name = 'Aware'", phase.name());
        }
        for (StageKind kind : StageKind.values()) {
            accepted("update stage set kind = ? where name = 'Aware'", kind.name());
        }
        for (Outcome outcome : Outcome.values()) {
            accepted("update stage_change set outcome = ? where client_id = ?", outcome.name(), id);
        }
    }

    @Test
    void values_outside_the_enums_are_refused() {
        long id = clientId();
        refused("update client set source = 'CARRIER_PIGEON' where id = ?", id);
        refused("update client set last_touch_type = 'TELEPATHY', last_touch_at = stage_entered_at where id = ?", id);
        refused("update app_user set role = 'ROOT' where username = 'sales'");
        refused("update stage set kind = 'LIMBO' where name = 'Aware'");
        refused("update stage_change set outcome = 'MAYBE' where client_id = ?", id);
    }

    @Test
    void blank_names_and_summaries_are_refused() {
        long id = clientId();
        refused("update client set name = '   ' where id = ?", id);
        refused("update stage set name = '' where name = 'Aware'");
        refused("update app_user set display_name = ' ' where username = 'sales'");
        refused("insert into contact (client_id, name, active, version) values (?, '  ', true, 0)", id);
        refused(
                "insert into touch_point (client_id, type, direction, occurred_at, summary, author_id, version)"
                        + " values (?, 'CALL', 'INBOUND', current_timestamp, ' ', ?, 0)",
                id,
                data.user("sales").getId());
    }

    @Test
    void a_client_cannot_have_referred_itself() {
        long id = clientId();
        refused("update client set referred_by_id = id where id = ?", id);
    }

    @Test
    void thresholds_and_wip_limits_are_not_negative() {
        refused("update stage set quiet_threshold_days = -1 where name = 'Aware'");
        refused("update stage set wip_limit = -1 where name = 'Aware'");
        accepted("update stage set wip_limit = 0, quiet_threshold_days = 0 where name = 'Aware'");
    }

    @Test
    void a_follow_up_is_not_done_before_it_was_created() {
        long id = clientId();
        long user = data.user("sales").getId();
        inRolledBackTransaction(s -> {
            s.update(
                    "insert into follow_up (client_id, assignee_id, created_by_id, what, due_at, created_at, version)"
                            + " values (?, ?, ?, 'Call', timestamp '2026-12-01 10:00:00', timestamp '2026-11-20 10:00:00', 0)",
                    id,
                    user,
                    user);
            assertThatThrownBy(() -> s.update(
                            "update follow_up set done_at = timestamp '2026-11-19 10:00:00'" + " where client_id = ?",
                            id))
                    .isInstanceOf(DataIntegrityViolationException.class);
        });
    }

    @Test
    void a_username_differing_only_in_case_is_taken() {
        refused("insert into app_user (username, display_name, password_hash, role, enabled, failed_logins, version)"
                + " values ('SALES', 'Impostor', 'x', 'SALES', true, 0, 0)");
    }

    @Test
    void a_phone_longer_than_the_field_allows_does_not_fit_the_column_either() {
        long id = clientId();
        refused(
                "insert into contact (client_id, name, phone, active, version) values (?, 'Ada', ?, true, 0)",
                id,
                "+" + "1".repeat(40));
        accepted(
                "insert into contact (client_id, name, phone, active, version) values (?, 'Ada', ?, true, 0)",
                id,
                "+" + "1".repeat(39));
    }
}
