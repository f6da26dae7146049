package com.journeycrm.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.OnPostgres;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's and the reminders' queries, as PostgreSQL plans them: each must be served by an index, never a
 * sequential scan of all clients (the test database is small, so sequential scans are priced out of the planner's
 * choice: what remains is whether an index <em>can</em> serve the query — what a later change could lose).
 */
@IntegrationTest
@OnPostgres
class QueryPlansOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    /**
     * Each test starts from freshly copied rows (KnownState), which no vacuum has marked visible yet; the planner
     * then prices an index-only scan as if it had to read every row too. A database at work is vacuumed by autovacuum.
     */
    @BeforeEach
    void vacuum() {
        jdbc.execute("vacuum analyze client");
    }

    private List<String> plan(String sql) {
        return tx.execute(s -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + sql, String.class);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a column's page, by keyset, for everyone and for one owner
                """
        select c.id from client c join app_user o on o.id = c.owner_id
        where c.stage_id = 2 and (c.attention_at > timestamptz '2026-01-01' or (c.attention_at = timestamptz
          '2026-01-01' and c.id > 10)) and c.name_key like '%' order by c.attention_at, c.id limit 30""",
                """
        select c.id from client c join app_user o on o.id = c.owner_id
        where c.stage_id = 2 and o.id = 3 and (c.attention_at > timestamptz '2026-01-01' or (c.attention_at =
          timestamptz '2026-01-01' and c.id > 10)) order by c.attention_at, c.id limit 30""",
                // my quiet clients: a page and its count
                """
        select c.id from client c where c.next_touch_due < timestamptz '2026-11-23' and c.owner_id = 3
        order by c.next_touch_due limit 25""",
                "select count(*) from client c where c.next_touch_due < timestamptz '2026-11-23' and c.owner_id = 3",
                // the team's quiet clients
                "select c.id from client c where c.next_touch_due < timestamptz '2026-11-23' limit 25",
                // the board's name search: column counts of the clients whose name contains it
                """
        select c.stage_id, count(*) from client c where c.name_key like '%north%' and c.name_key >= ''
        group by c.stage_id""",
                // the client list's search
                "select c.id from client c where c.name_key like '%north%' order by c.name, c.id limit 50"
            })
    void is_served_by_an_index(String sql) {
        var plan = plan(sql);
        assertThat(plan)
                .as(String.join("\n", plan))
                .anyMatch(line -> line.contains("Index"))
                .noneMatch(line -> line.contains("Seq Scan on client"));
    }

    /** The count of my quiet clients as Hibernate writes it ({@code count(*)}) needs no table row at all. */
    @Test
    void my_quiet_count_reads_the_index_alone() {
        var plan = plan("select count(*) from client c1_0 where c1_0.owner_id = 3"
                + " and c1_0.next_touch_due < timestamptz '2026-11-23'");
        assertThat(plan).as(String.join("\n", plan)).anyMatch(line -> line.contains("Index Only Scan"));
    }

    /** No statement pays for compiling itself: JIT cost the insights' grouped passes more than it saved. */
    @Test
    void statements_are_not_compiled_to_machine_code() {
        for (int i = 0; i < 3; i++) {
            // every connection of the pool, not only the first
            String jit = tx.execute(s -> jdbc.queryForObject("show jit", String.class));
            assertThat(jit).isEqualTo("off");
        }
    }
}
