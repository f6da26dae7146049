package com.journeycrm.insight;

import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.time.Instant;
import java.util.Map;

/**
 * What a figure is asked against: the period (from, inclusive, to, exclusive), the present moment, and what each
 * stage is — retired stages included, because past moves name them.
 */
record Span(Instant from, Instant to, Instant now, Map<Long, Stage> stages, Stage[] byId) {

    /** A stage as the figures need it: the funnel's stages are its pre-purchase steps (not Not now or Lost). */
    record Stage(String name, StageKind kind, Phase phase, int position, boolean retired) {

        boolean inFunnel() {
            return phase == Phase.PRE_PURCHASE && (kind == StageKind.STANDARD || kind == StageKind.DECIDING);
        }
    }

    Span(InsightFilter filter, Instant now, Map<Long, Stage> stages) {
        this(filter.from(), filter.to(), now, stages, byId(stages));
    }

    /** Looked up per move and figure: by index, not by a boxed key. */
    private static Stage[] byId(Map<Long, Stage> stages) {
        var byId = new Stage
                [Math.toIntExact(stages.keySet().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0))
                        + 1];
        stages.forEach((id, stage) -> byId[Math.toIntExact(id)] = stage);
        return byId;
    }

    Stage stage(long id) {
        return byId[(int) id];
    }

    boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    StageKind kind(long stage) {
        return stage(stage).kind();
    }

    Phase phase(long stage) {
        return stage(stage).phase();
    }
}
