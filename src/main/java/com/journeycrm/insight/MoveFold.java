package com.journeycrm.insight;

import com.journeycrm.insight.InsightQueries.Spread;
import com.journeycrm.insight.InsightQueries.StageKinds;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals of one read of the moves since the period began: per client, what it did in the period (the
 * funnel, hires, decisions) and how long until its next engagement ({@link EngagementGaps}); per stage, the stays
 * that ended in the period and the clients who stayed there during it; per month, the clients of each trend.
 * Conditions are those of ClientSets' figures, move by move.
 */
final class MoveFold {

    /** Bits per number of a client's flags: a bigint's, less the sign. */
    static final int BITS = 62;

    private static final int TREND_KINDS = 4;

    private final StageKinds kinds;
    private final List<Outcome> outcomes;
    private final Instant from;
    private final Instant to;
    private final Instant[] monthStarts;
    private final int months;
    private final Map<Long, Integer> funnelBit = new HashMap<>();
    private final int width;
    private final long[] clientIds;
    /**
     * Per client (at its index in {@link #clientIds}), {@link #width} numbers: a bit per funnel stage ever (retired
     * ones included: "reached" counts arrivals in them too, as REACHED does) it arrived in, {@link #BITS} to a number;
     * then, last, bit 0 for hired and bit k + 1 for leaving Deciding with outcome k.
     */
    private final long[] flags;

    private final boolean[] moved;
    private final Map<Long, LongList> stays = new HashMap<>();
    private final Map<Long, Long> stayedIn = new HashMap<>();
    private final EngagementGaps gaps;
    /** Client, month and kind of each move of a trend's kind: each client counts once per month and kind. */
    private final LongList trendMoves = new LongList();

    MoveFold(
            StageKinds kinds,
            List<Outcome> outcomes,
            Instant from,
            Instant to,
            List<Instant> monthStarts,
            long[] clientIds) {
        if (outcomes.size() > BITS - 1) {
            throw new IllegalArgumentException("At most " + (BITS - 1) + " outcomes");
        }
        this.kinds = kinds;
        this.outcomes = outcomes;
        this.from = from;
        this.to = to;
        this.monthStarts = monthStarts.toArray(Instant[]::new);
        this.months = Math.max(1, monthStarts.size());
        var funnelEver = kinds.funnelEver();
        for (int i = 0; i < funnelEver.size(); i++) {
            funnelBit.put(funnelEver.get(i), i);
        }
        this.width = Math.max(1, (funnelEver.size() + BITS - 1) / BITS) + 1;
        this.clientIds = clientIds;
        this.flags = new long[clientIds.length * width];
        this.moved = new boolean[clientIds.length];
        this.gaps = new EngagementGaps(clientIds.length);
    }

    /** Columns: client_id, from_stage_id, to_stage_id, outcome, changed_at, from_entered_at, from_prev_left_at,
     * counted. */
    void move(ResultSet rs, Timestamps time) throws SQLException {
        // not found: a client created since the clients were read, which shows in the figures a moment later
        int client = Arrays.binarySearch(clientIds, rs.getLong(1));
        if (client < 0) {
            return;
        }
        long fromStage = rs.getLong(2);
        boolean first = rs.wasNull();
        Instant at = time.read(rs, 5);
        Instant enteredFrom = first ? null : time.read(rs, 6);
        if (!first && at.isAfter(from) && (enteredFrom == null ? at : enteredFrom).isBefore(to)) {
            // it ended a stay during the period: the client's first there in the period, unless an earlier one was
            Instant prevLeft = time.read(rs, 7);
            if (prevLeft == null || !prevLeft.isAfter(from)) {
                stayedIn.merge(fromStage, 1L, Long::sum);
            }
        }
        if (rs.getBoolean(8)) {
            long toStage = rs.getLong(3);
            if (kinds.kindOf().get(toStage) == StageKind.ACTIVE) {
                gaps.arrival(client, at);
            }
            if (at.isBefore(to)) {
                counted(client, first, fromStage, toStage, rs.getString(4), at, enteredFrom);
            }
        }
    }

    private void counted(
            int client, boolean first, long fromStage, long toStage, String outcome, Instant at, Instant enteredFrom) {
        moved[client] = true;
        int base = client * width;
        Integer bit = funnelBit.get(toStage);
        if (bit != null) {
            flags[base + bit / BITS] |= 1L << (bit % BITS);
        }
        StageKind toKind = kinds.kindOf().get(toStage);
        Phase fromPhase = first ? null : kinds.phaseOf().get(fromStage);
        boolean hired = toKind == StageKind.ACTIVE && fromPhase == Phase.PRE_PURCHASE;
        int ends = base + width - 1;
        if (hired) {
            flags[ends] |= 1;
        }
        if (outcome != null && !first && kinds.kindOf().get(fromStage) == StageKind.DECIDING) {
            var decision = Outcome.valueOf(outcome);
            int k = outcomes.indexOf(decision);
            if (k >= 0) {
                flags[ends] |= 1L << (k + 1);
            }
            if (decision == Outcome.NOT_NOW) {
                gaps.notNow(client, at);
            }
        }
        if (kinds.phaseOf().get(toStage) == Phase.BETWEEN_ENGAGEMENTS) {
            gaps.between(client, at);
        }
        if (enteredFrom != null) {
            stays.computeIfAbsent(fromStage, s -> new LongList()).add(Timestamps.seconds(enteredFrom, at));
        }
        // new prospect, hire, return, loss
        int kind = first
                ? 0
                : hired
                        ? 1
                        : toKind == StageKind.ACTIVE && fromPhase == Phase.BETWEEN_ENGAGEMENTS
                                ? 2
                                : toKind == StageKind.LOST || toKind == StageKind.GONE ? 3 : -1;
        if (kind >= 0) {
            trendMoves.add(((long) client * months + month(at)) * TREND_KINDS + kind);
        }
    }

    /** The index of the last month start at or before the instant (the first month for any before it). */
    private int month(Instant at) {
        int low = 1;
        int high = monthStarts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (monthStarts[mid].isAfter(at)) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return Math.max(0, low - 1);
    }

    /** Whether the client at this index made a counted move in the period. */
    boolean moved(int client) {
        return moved[client];
    }

    long[] flags(int client) {
        return Arrays.copyOfRange(flags, client * width, client * width + width);
    }

    EngagementGaps gaps() {
        return gaps;
    }

    /** Stays that ended in the period, in days, per stage they ended in. */
    Map<Long, Spread> endedStays() {
        return Spread.perStage(stays);
    }

    /** Per stage, the clients whose first stay there in the period ended in it or later. */
    Map<Long, Long> stayedIn() {
        return stayedIn;
    }

    /** Per month of the period and kind (new prospect, hire, return, loss): how many clients. */
    long[][] trends() {
        long[][] trends = new long[months][TREND_KINDS];
        long[] sorted = trendMoves.sorted();
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                long monthAndKind = sorted[i] % ((long) months * TREND_KINDS);
                trends[(int) (monthAndKind / TREND_KINDS)][(int) (monthAndKind % TREND_KINDS)]++;
            }
        }
        return trends;
    }
}
