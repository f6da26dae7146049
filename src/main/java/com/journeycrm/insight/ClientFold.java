package com.journeycrm.insight;

import com.journeycrm.insight.InsightQueries.Spread;
import com.journeycrm.insight.InsightQueries.StageKinds;
import com.journeycrm.insight.Insights.StageNow;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals of one read of today's clients (everyone's or one owner's), in id order: how many sit in each
 * stage and for how long, who has gone quiet, who is a repeat client or an advocate, and the clients of each stage
 * at the period's start (ClientSets' IN_STAGE, QUIET, REPEAT, LOOP_QUIET and ADVOCATES define the same client by
 * client). Keeps each client's id and the kind of its stage now, for the moves' fold.
 */
final class ClientFold {

    private final StageKinds kinds;
    private final Instant from;
    private final Instant to;
    private final Instant now;
    private final LongList ids = new LongList();
    private final List<StageKind> nowKinds = new ArrayList<>();
    private final Map<Long, LongList> sitting = new HashMap<>();
    private final Map<Long, long[]> perStage = new HashMap<>();
    private final Map<Long, Long> stayedIn = new HashMap<>();
    private long repeat;
    private long loopQuiet;
    private long advocates;

    ClientFold(StageKinds kinds, Instant from, Instant to, Instant now) {
        this.kinds = kinds;
        this.from = from;
        this.to = to;
        this.now = now;
    }

    /** Columns: id, stage_id, stage_entered_at, stage_prev_left_at, next_touch_due, engagements. */
    void client(ResultSet rs, Timestamps time) throws SQLException {
        long stage = rs.getLong(2);
        var kind = kinds.kindOf().get(stage);
        Instant entered = time.read(rs, 3);
        Instant prevLeft = time.read(rs, 4);
        Instant due = time.read(rs, 5);
        ids.add(rs.getLong(1));
        nowKinds.add(kind);
        sitting.computeIfAbsent(stage, s -> new LongList()).add(Timestamps.seconds(entered, now));
        boolean quiet = due != null && due.isBefore(now);
        long[] counts = perStage.computeIfAbsent(stage, s -> new long[2]);
        counts[0]++;
        counts[1] += quiet ? 1 : 0;
        // its stay now is its first in the stage during the period (the moves' fold counts the earlier ones)
        if (entered.isBefore(to) && (prevLeft == null || !prevLeft.isAfter(from))) {
            stayedIn.merge(stage, 1L, Long::sum);
        }
        repeat += rs.getInt(6) >= 2 ? 1 : 0;
        loopQuiet += quiet && kinds.phaseOf().get(stage) == Phase.BETWEEN_ENGAGEMENTS ? 1 : 0;
        advocates += kind == StageKind.ADVOCATE ? 1 : 0;
    }

    /** The clients' ids, ascending as read. */
    long[] ids() {
        long[] all = new long[ids.size()];
        Arrays.setAll(all, ids::get);
        return all;
    }

    StageKind nowKind(int client) {
        return nowKinds.get(client);
    }

    Map<Long, Long> stayedIn() {
        return stayedIn;
    }

    Map<Long, Spread> sitting() {
        return Spread.perStage(sitting);
    }

    /** Every stage, retired ones too, in journey order. */
    List<StageNow> stagesNow() {
        return kinds.names().entrySet().stream()
                .map(stage -> {
                    long[] counts = perStage.getOrDefault(stage.getKey(), new long[2]);
                    return new StageNow(stage.getKey(), stage.getValue(), counts[0], counts[1]);
                })
                .toList();
    }

    long repeat() {
        return repeat;
    }

    long loopQuiet() {
        return loopQuiet;
    }

    long advocates() {
        return advocates;
    }
}
