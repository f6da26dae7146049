package com.journeycrm.insight;

import com.journeycrm.insight.EngagementGaps.Gaps;
import com.journeycrm.insight.InsightQueries.Spread;
import com.journeycrm.insight.InsightQueries.StageKinds;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageKind;
import com.journeycrm.stage.StageSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures that group today's clients or the period's moves — by client (the funnel, hires, decisions, the gaps
 * to a next engagement), by stage (time in stage, clients in each stage then and now) and by calendar month
 * (trends) — from one read of each,
 * folded up here ({@link ClientFold}, {@link MoveFold}). Each was a grouped pass of its own in the database: H2 spent
 * a microsecond or more per move and pass, and at 100,000 clients its grouping of 420,000 moves by client alone took
 * over a second, where reading them out of their covering index ({@code ix_stage_change_time}) once takes a fifth of
 * that. The rows are streamed, never held: H2 runs the reads lazily, PostgreSQL sends them in batches (a cursor,
 * which needs the read-only transaction). What stays in memory is a few numbers per client and per ended stay.
 */
@Component
class PeriodFacts {

    private static final int BATCH = 5_000;

    private final NamedParameterJdbcTemplate streaming;
    private final boolean postgres;
    private final Timestamps time;

    PeriodFacts(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(BATCH);
        this.streaming = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
        this.time = postgres ? Timestamps.POSTGRESQL : Timestamps.H2;
    }

    /**
     * A group of clients with a counted arrival in the period: their furthest funnel position (null: none), hired
     * or not, the kind of their stage now; how many, and how many of them entered each funnel stage and made each
     * decision (in the order asked). ClientSets' ENTERED, REACHED, STOPPED and DECIDED define the same client by
     * client, for the drill-downs.
     */
    record PeriodClients(
            Integer furthest, boolean hired, StageKind nowKind, long clients, long[] entered, long[] decided) {}

    /**
     * What the clients and the period's moves add up to. {@code trends}: per month of the month starts asked and
     * kind (new prospect, hire, return, loss), how many clients; {@code stayedIn}: per stage, the clients there at
     * some time during the period.
     */
    record Facts(
            List<PeriodClients> clients,
            Map<Long, Spread> endedStays,
            long[][] trends,
            Map<Long, Long> stayedIn,
            Map<Long, Spread> sitting,
            List<StageNow> stagesNow,
            long repeat,
            long loopQuiet,
            long advocates,
            Gaps notNowThenHired,
            Gaps returned) {}

    @Transactional(readOnly = true)
    public Facts read(
            MapSqlParameterSource params,
            StageKinds kinds,
            List<StageSummary> funnelStages,
            List<Outcome> outcomes,
            List<Instant> monthStarts,
            Duration loopWindow) {
        Instant from = ((OffsetDateTime) params.getValue("from")).toInstant();
        Instant to = ((OffsetDateTime) params.getValue("to")).toInstant();
        var now = new ClientFold(kinds, from, to, ((OffsetDateTime) params.getValue("now")).toInstant());
        lazily(() -> streaming.query(
                """
                select c.id, c.stage_id, c.stage_entered_at, c.stage_prev_left_at, c.next_touch_due, c.engagements
                from client c where %s order by c.id""".formatted(ClientSets.OWNER), params, (RowCallbackHandler) rs -> now.client(rs, time)));
        var moves = new MoveFold(kinds, outcomes, from, to, monthStarts, now.ids());
        lazily(() -> streaming.query(
                """
                select sc.client_id, sc.from_stage_id, sc.to_stage_id, sc.outcome, sc.changed_at, sc.from_entered_at,
                       sc.from_prev_left_at, sc.counted
                from stage_change sc where sc.changed_at >= :from and %s""".formatted(InsightQueries.owned("sc.client_id", params)), params, (RowCallbackHandler)
                        rs -> moves.move(rs, time)));
        Map<Group, Long> groups = new HashMap<>();
        long[] ids = now.ids();
        for (int i = 0; i < ids.length; i++) {
            if (moves.moved(i)) {
                groups.merge(new Group(moves.flags(i), now.nowKind(i)), 1L, Long::sum);
            }
        }
        List<PeriodClients> clients = new ArrayList<>();
        groups.forEach((group, n) -> clients.add(group.decode(n, kinds, funnelStages, outcomes)));
        Map<Long, Long> stayedIn = new HashMap<>(now.stayedIn());
        moves.stayedIn().forEach((stage, n) -> stayedIn.merge(stage, n, Long::sum));
        return new Facts(
                clients,
                moves.endedStays(),
                moves.trends(),
                stayedIn,
                now.sitting(),
                now.stagesNow(),
                now.repeat(),
                now.loopQuiet(),
                now.advocates(),
                moves.gaps().notNowThenHired(),
                moves.gaps().returned(loopWindow));
    }

    /** H2 materialises a whole result before handing over its first row unless told to run it as it is read. */
    private void lazily(Runnable read) {
        if (postgres) {
            read.run();
            return;
        }
        streaming.getJdbcTemplate().execute("set lazy_query_execution true");
        try {
            read.run();
        } finally {
            streaming.getJdbcTemplate().execute("set lazy_query_execution false");
        }
    }

    /** A client's flags (see {@link MoveFold}) and the kind of its stage now. */
    private record Group(List<Long> flags, StageKind kind) {

        Group(long[] flags, StageKind kind) {
            this(Arrays.stream(flags).boxed().toList(), kind);
        }

        PeriodClients decode(long clients, StageKinds kinds, List<StageSummary> funnelStages, List<Outcome> outcomes) {
            var funnelEver = kinds.funnelEver();
            long ends = flags.getLast();
            Integer furthest = null;
            Set<Long> arrived = new HashSet<>();
            for (int k = 0; k < funnelEver.size(); k++) {
                if ((flags.get(k / MoveFold.BITS) & (1L << (k % MoveFold.BITS))) != 0) {
                    arrived.add(funnelEver.get(k));
                    int at = kinds.funnelPositions().get(funnelEver.get(k));
                    furthest = furthest == null ? at : Math.max(furthest, at);
                }
            }
            long[] entered = new long[funnelStages.size()];
            for (int k = 0; k < entered.length; k++) {
                entered[k] = arrived.contains(funnelStages.get(k).id()) ? clients : 0;
            }
            long[] decided = new long[outcomes.size()];
            for (int k = 0; k < decided.length; k++) {
                decided[k] = (ends & (1L << (k + 1))) != 0 ? clients : 0;
            }
            return new PeriodClients(furthest, (ends & 1) != 0, kind, clients, entered, decided);
        }
    }
}
