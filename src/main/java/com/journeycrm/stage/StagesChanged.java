package com.journeycrm.stage;

import org.jspecify.annotations.Nullable;

/**
 * Published when an admin reshaped the journey's stages, for open boards (after commit) and, when a quiet threshold
 * changed, for the clients in that stage (in the same transaction: their next-touch-due is derived from it).
 *
 * @param retunedStageId the stage whose quiet threshold changed, or null
 * @param quietThresholdDays its new threshold (null = never quiet)
 */
public record StagesChanged(
        long byUserId,
        String byName,
        @Nullable Long retunedStageId,
        @Nullable Integer quietThresholdDays) {}
