package com.journeycrm.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.security.Role;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 has no trigram index: the board's name search counts read the index that holds the lower-case name and every
 * column the counts need (V18), never every client row. A later change to the query or the index that loses this
 * makes a search over 100,000 clients seven times slower, which no other test would notice.
 */
@IntegrationTest
class NameSearchOnH2Test {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void the_board_counts_of_a_name_search_read_the_name_index_alone() {
        // as the board binds it: for everyone, any attention
        String plan = jdbc.queryForObject("""
                explain select c.stage_id, count(*) from client c
                where (cast(? as bigint) is null or c.owner_id = ?) and c.name_key like ? and c.name_key >= ''
                  and (? = false or c.attention_at < current_timestamp)
                group by c.stage_id""", String.class, null, null, "%north%", false);
        assertThat(plan).containsIgnoringCase("IX_CLIENT_NAME_KEY");
    }

    @Test
    void the_kept_name_follows_a_rename() {
        var client =
                data.client(data.unique("Name"), data.newUser(Role.SALES, "pw").getUsername(), "Aware");
        String name = data.unique("MiXeD Case");
        jdbc.update("update client set name = ? where id = ?", name, client.getId());
        assertThat(jdbc.queryForObject("select name_key from client where id = ?", String.class, client.getId()))
                .isEqualTo(name.toLowerCase(Locale.ROOT));
    }
}
