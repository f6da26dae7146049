package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On H2 the app connects as the database's administrator (an embedded database has one user): it cannot truncate
 * or drop the audit trail by a plain statement (a foreign key refers to it); what it could still do is in the
 * operations docs.
 */
@IntegrationTest
class EmbeddedAuditTrailTest {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    AuditLog audit;

    @Test
    void the_apps_own_connection_can_neither_truncate_nor_drop_the_audit_trail() {
        // an entry to delete: on an empty table a refused DELETE would have nothing to refuse
        audit.record(
                TestConfig.NOW,
                AuditKind.HANDED_OVER,
                new AuditLog.Actor(1L, "Tester"),
                null,
                "Someone",
                java.util.List.of());
        long entries = sql.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> sql.execute("truncate table audit_entry")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> sql.execute("drop table audit_entry")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> sql.update("delete from audit_entry")).isInstanceOf(DataAccessException.class);
        assertThat(sql.queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(entries);
    }
}
