package com.journeycrm.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.journey.MoveService;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;

/** An online backup, restored into an empty database, holds the same clients and history. */
@IntegrationTest
class BackupServiceTest {

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    TestData data;

    @Autowired
    MoveService moves;

    @Value("${journey.backup.dir}")
    Path directory;

    private long count(JdbcTemplate db, String table) {
        return db.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void a_backup_restored_into_an_empty_database_has_the_same_clients_touch_points_and_history() throws Exception {
        var client = data.client(data.unique("Backed up"), "sales", "Interested");
        data.loginAs("sales");
        var moved = moves.moveClient(
                client.getId(),
                data.stage("Aware").getId(),
                null,
                null,
                data.reload(client.getId()).getVersion());
        moves.undoMove(moved.stageChangeId(), data.reload(client.getId()).getVersion());
        data.loginAs("admin");
        var backup = backups.backUpNow();
        assertThat(backups.backups()).contains(backup);

        String url = "jdbc:h2:mem:restored-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (var restored = DriverManager.getConnection(url, "sa", "")) {
            restored.createStatement()
                    .execute("RUNSCRIPT FROM '"
                            + directory.resolve(backup.fileName()).toAbsolutePath() + "' COMPRESSION ZIP");
            var copy = new JdbcTemplate(new SingleConnectionDataSource(restored, true));
            for (String table : new String[] {
                "client", "touch_point", "stage_change", "follow_up", "app_user", "\"flyway_schema_history\""
            }) {
                assertThat(count(copy, table))
                        .as(table)
                        .isEqualTo(count(sql, table))
                        .isPositive();
            }
            assertThat(copy.queryForList("select name from client order by id", String.class))
                    .isEqualTo(sql.queryForList("select name from client order by id", String.class));
        }
    }

    @Test
    void only_admins_make_backups() {
        data.loginAs("manager");
        assertThatThrownBy(() -> backups.backUpNow()).isInstanceOf(AccessDeniedException.class);
    }
}
