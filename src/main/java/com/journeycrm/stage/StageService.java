package com.journeycrm.stage;

import com.journeycrm.base.NotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journey's stages, in board order. */
@Service
@PreAuthorize("isAuthenticated()")
public class StageService {

    private final StageRepository stages;

    StageService(StageRepository stages) {
        this.stages = stages;
    }

    /** For other features' use cases, which link clients to stages. */
    @Transactional(readOnly = true)
    public Stage require(long stageId) {
        return stages.findById(stageId)
                .filter(stage -> !stage.isRetired())
                .orElseThrow(() -> NotFoundException.of("stage.gone"));
    }

    @Transactional(readOnly = true)
    public List<StageSummary> listStages() {
        return stages.findByRetiredFalseOrderByPositionAsc().stream()
                .map(Stage::toSummary)
                .toList();
    }
}
