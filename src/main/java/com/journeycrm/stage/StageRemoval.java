package com.journeycrm.stage;

import com.journeycrm.base.Text;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a stage may be removed at all, whoever is in it: one rule, kept by {@link StageAdminService#remove} and
 * asked by the stages view before it offers "Remove…", so that an admin learns why before choosing a destination.
 */
public final class StageRemoval {

    private StageRemoval() {}

    /**
     * Why the stage cannot be removed, or empty when it can (once no client is in it).
     *
     * @param live every stage not retired, this one among them
     */
    public static Optional<Text> refusal(StageSummary stage, Collection<StageSummary> live) {
        if (stage.kind() != StageKind.STANDARD) {
            return Optional.of(new Text("stage.remove.recordsOutcomes", stage.name(), kindRule(stage.kind())));
        }
        if (live.stream().noneMatch(s -> s.id() != stage.id() && s.phase() == stage.phase())) {
            return Optional.of(new Text("stage.remove.onlyOne", stage.name(), stage.phase()));
        }
        return Optional.empty();
    }

    private static Text kindRule(StageKind kind) {
        return new Text(
                switch (kind) {
                    case DECIDING -> "stage.outcomes.deciding";
                    case ACTIVE -> "stage.outcomes.active";
                    case NURTURE -> "stage.outcomes.nurture";
                    case LOST -> "stage.outcomes.lost";
                    case ADVOCATE -> "stage.outcomes.advocate";
                    case GONE -> "stage.outcomes.gone";
                    case STANDARD -> "stage.outcomes.none";
                });
    }
}
