package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SortColumnsTest {

    private static final Map<String, String> COLUMNS = Map.of("name", "c.name", "overdue", "-c.nextTouchDue");

    @Test
    void a_clicked_column_sorts_first_then_the_default_then_the_unique_key() {
        var sort = SortColumns.of(Sort.by(Sort.Order.desc("name")), COLUMNS, "c.id", "c.nextTouchDue");
        assertThat(sort.toString()).isEqualTo("c.name: DESC,c.nextTouchDue: ASC,c.id: ASC");
    }

    @Test
    void a_reversed_column_sorts_the_other_way() {
        var sort = SortColumns.of(Sort.by(Sort.Order.asc("overdue")), COLUMNS, "c.id");
        assertThat(sort.toString()).isEqualTo("c.nextTouchDue: DESC,c.id: ASC");
    }

    @Test
    void a_column_the_list_does_not_name_is_ignored_not_passed_to_the_query() {
        var sort = SortColumns.of(Sort.by(Sort.Order.asc("c.password; drop table client")), COLUMNS, "c.id", "c.name");
        assertThat(sort.toString()).isEqualTo("c.name: ASC,c.id: ASC");
    }
}
