package com.journeycrm.base;

import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * A list's sort order from what the user clicked: only columns the list names are used, each mapped to the query
 * expression it sorts by (so nothing the browser sends reaches the query text), then the default order, then a
 * unique tie-breaker so that pages never overlap or skip a row.
 */
public final class SortColumns {

    private SortColumns() {}

    /**
     * @param columns   sortable column key → JPQL expression; an expression starting with "-" sorts the other way
     *                  (e.g. "days overdue" ascending is "next touch due" descending)
     * @param fallback  expressions of the default order, ascending
     * @param unique    the tie-breaker, e.g. "c.id"
     */
    public static Sort of(Sort requested, Map<String, String> columns, String unique, String... fallback) {
        JpaSort sort = null;
        for (Sort.Order order : requested) {
            String expression = columns.get(order.getProperty());
            if (expression != null) {
                boolean flip = expression.startsWith("-");
                var direction =
                        flip ? (order.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC) : order.getDirection();
                String column = flip ? expression.substring(1) : expression;
                sort = sort == null ? JpaSort.unsafe(direction, column) : sort.andUnsafe(direction, column);
            }
        }
        for (String column : fallback) {
            sort = sort == null
                    ? JpaSort.unsafe(Sort.Direction.ASC, column)
                    : sort.andUnsafe(Sort.Direction.ASC, column);
        }
        return sort == null ? JpaSort.unsafe(unique) : sort.andUnsafe(Sort.Direction.ASC, unique);
    }
}
