package com.journeycrm.journey;

/** What a successful move did; enough for the UI to offer Undo. */
public record MoveResult(
        long stageChangeId,
        long clientId,
        String clientName,
        long fromStageId,
        long toStageId,
        String toStageName,
        long newVersion) {}
