package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client list a page at a time, by name, must read the name index in order and stop after the page: the
 * statement as Hibernate writes it is taken from H2's own statistics and explained. With inner joins to the owner and
 * the stage H2 started from the users and sorted every client for each page (220 ms at 100,000 clients).
 */
@IntegrationTest
class ClientListPlanOnH2Test {

    @Autowired
    ClientService clients;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_client_list_reads_the_name_index_in_order() {
        data.loginAs(data.newUser(Role.SALES, "pw").getUsername());
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            clients.search(new ClientFilter("", null, null, null), PageRequest.of(0, 50, Sort.by("name")));
            String sql = jdbc.queryForObject("""
                    select max(SQL_STATEMENT) from INFORMATION_SCHEMA.QUERY_STATISTICS
                    where SQL_STATEMENT like '%name_key like%' and SQL_STATEMENT like '%order by%'""", String.class);
            assertThat(sql).as("the list page's statement").isNotNull();
            // the plan, not the values: every parameter null
            List<Object> none = new ArrayList<>();
            for (int i = 0; i < sql.chars().filter(c -> c == '?').count(); i++) {
                none.add(null);
            }
            String plan = jdbc.queryForObject("explain " + sql, String.class, none.toArray());
            // the clients are read first, in name order; only the id tie-break within one name is sorted
            assertThat(plan)
                    .contains("PUBLIC.IX_CLIENT_NAME */")
                    .containsPattern("index sorted(: \\d of \\d columns)? \\*/");
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }
}
