package com.journeycrm;

import com.journeycrm.client.TouchPointType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every fact the database keeps derived from the history, recomputed from the base tables (clients, moves, touch
 * points, follow-ups) and compared with what is stored. Written on its own, in SQL and Java that share nothing with
 * the code that keeps the facts, so that a fact kept wrongly by either cannot agree with it by construction.
 * Plain JDBC: it also checks a database reopened after the app was killed.
 */
public final class DerivedFacts {

    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
    private static final String CONTACT_TYPES = Arrays.stream(TouchPointType.values())
            .filter(TouchPointType::countsAsContact)
            .map(t -> "'" + t.name() + "'")
            .collect(Collectors.joining(","));

    private static final Map<String, String> DISAGREEING_ROWS = new LinkedHashMap<>();

    static {
        DISAGREEING_ROWS.put("touch points of a day differ from the touch points", """
                select count(*) from (select cast(occurred_at at time zone 'UTC' as date) on_day, stage_id, type,
                       direction, count(*) n from touch_point
                       group by cast(occurred_at at time zone 'UTC' as date), stage_id, type, direction) r
                left join touch_point_day d on d.on_day = r.on_day and d.stage_id = r.stage_id and d.type = r.type
                       and d.direction = r.direction
                where d.touch_points is null or d.touch_points <> r.n""");
        DISAGREEING_ROWS.put("touch points of a day counted where there are none", """
                select count(*) from touch_point_day d where d.touch_points <> 0 and not exists
                (select 1 from touch_point t where t.stage_id = d.stage_id and t.type = d.type
                 and t.direction = d.direction and cast(t.occurred_at at time zone 'UTC' as date) = d.on_day)""");
        // a touch point at the very instant of a move may be in either stage: which came first is not recorded
        DISAGREEING_ROWS.put("touch point's stage differs from the client's stage at its time", """
                select count(*) from touch_point t where t.stage_id <> coalesce(
                    (select sc.to_stage_id from stage_change sc where sc.client_id = t.client_id
                     and sc.changed_at <= t.occurred_at order by sc.changed_at desc, sc.id desc fetch first 1 rows only),
                    (select sc.to_stage_id from stage_change sc where sc.client_id = t.client_id
                     order by sc.changed_at, sc.id fetch first 1 rows only))
                and not exists (select 1 from stage_change m where m.client_id = t.client_id
                     and m.changed_at = t.occurred_at)""");
        DISAGREEING_ROWS.put("client without the move that brought it in", """
                select count(*) from client c where not exists (select 1 from stage_change s where s.client_id = c.id)""");
        DISAGREEING_ROWS.put("client not in the stage its last move says", """
                select count(*) from client c join stage_change s on s.client_id = c.id
                where s.id = (select max(x.id) from stage_change x where x.client_id = c.id)
                and (s.to_stage_id <> c.stage_id)""");
        DISAGREEING_ROWS.put("client's engagements differ from its moves into active work", """
                select count(*) from client c where c.engagements <> (select count(*) from stage_change s
                join stage t on t.id = s.to_stage_id where s.client_id = c.id and t.kind = 'ACTIVE'
                and s.undo_of_id is null and not exists (select 1 from stage_change u where u.undo_of_id = s.id))""");
        DISAGREEING_ROWS.put("client's hires differ from its moves into active work from pre-purchase", """
                select count(*) from client c where c.hires <> (select count(*) from stage_change s
                join stage t on t.id = s.to_stage_id join stage f on f.id = s.from_stage_id
                where s.client_id = c.id and t.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE'
                and s.undo_of_id is null and not exists (select 1 from stage_change u where u.undo_of_id = s.id))""");
        DISAGREEING_ROWS.put("client's last touch differs from its latest contact", """
                select count(*) from client c where c.last_touch_at is distinct from (select max(t.occurred_at)
                from touch_point t where t.client_id = c.id and t.type in (%s))""".formatted(CONTACT_TYPES));
        DISAGREEING_ROWS.put("client's next follow-up differs from its open follow-ups", """
                select count(*) from client c where c.next_follow_up_due is distinct from (select min(f.due_at)
                from follow_up f where f.client_id = c.id and f.done_at is null)""");
    }

    private DerivedFacts() {}

    /** One line per fact that disagrees with its recomputation (how many rows, and which fact); empty if none. */
    public static List<String> disagreements(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        for (var fact : DISAGREEING_ROWS.entrySet()) {
            long rows = count(connection, fact.getValue());
            if (rows != 0) {
                found.add(rows + " × " + fact.getKey());
            }
        }
        long dues = duesDisagreeing(connection);
        if (dues != 0) {
            found.add(dues + " × client's next touch due or attention differs from last touch + the stage's threshold");
        }
        return found;
    }

    /** next touch due = (last touch, or with none the stage's entry) + threshold, a snooze later; attention the earlier of it and the next follow-up. */
    private static long duesDisagreeing(Connection connection) throws SQLException {
        long wrong = 0;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                select c.last_touch_at, c.stage_entered_at, s.quiet_threshold_days, c.snoozed_until,
                       c.next_follow_up_due, c.next_touch_due, c.attention_at
                from client c join stage s on s.id = c.stage_id""")) {
            while (rows.next()) {
                Instant lastTouch = instant(rows, 1);
                Instant entered = instant(rows, 2);
                int days = rows.getInt(3);
                boolean never = rows.wasNull();
                Instant snoozed = instant(rows, 4);
                Instant followUp = instant(rows, 5);
                Instant due = null;
                if (!never) {
                    due = (lastTouch != null ? lastTouch : entered).plus(Duration.ofDays(days));
                    if (snoozed != null && snoozed.isAfter(due)) {
                        due = snoozed;
                    }
                }
                Instant attention = due == null
                        ? (followUp == null ? NEVER : followUp)
                        : followUp == null || !followUp.isBefore(due) ? due : followUp;
                if (!Objects.equals(due, instant(rows, 6)) || !Objects.equals(attention, instant(rows, 7))) {
                    wrong++;
                }
            }
        }
        return wrong;
    }

    private static Instant instant(java.sql.ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
