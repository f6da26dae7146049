package com.journeycrm.client;

import com.journeycrm.stage.StagesChanged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A stage's quiet threshold changed: its clients' next touch due and attention follow in the same transaction, by the
 * rules of {@link Client} itself. Written straight to the rows rather than through each entity: they are derived,
 * so the client's version stays and nobody's open form turns stale because an admin retuned a stage.
 */
@Component
class QuietThresholds {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    QuietThresholds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Dues(long id, @Nullable Instant nextTouchDue, Instant attentionAt) {}

    @EventListener
    void retime(StagesChanged change) {
        if (change.retunedStageId() == null) {
            return;
        }
        Integer days = change.quietThresholdDays();
        List<Dues> dues = jdbc.query(
                """
                select id, last_touch_at, stage_entered_at, snoozed_until, next_follow_up_due from client
                where stage_id = ?""",
                (rs, row) -> {
                    var due = Client.nextTouchDue(
                            days,
                            instant(rs, "last_touch_at"),
                            instant(rs, "stage_entered_at"),
                            instant(rs, "snoozed_until"));
                    return new Dues(rs.getLong("id"), due, Client.attentionAt(due, instant(rs, "next_follow_up_due")));
                },
                change.retunedStageId());
        for (int from = 0; from < dues.size(); from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (var d : dues.subList(from, Math.min(dues.size(), from + BATCH))) {
                rows.add(new Object[] {utc(d.nextTouchDue()), utc(d.attentionAt()), d.id()});
            }
            jdbc.batchUpdate("update client set next_touch_due = ?, attention_at = ? where id = ?", rows);
        }
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
