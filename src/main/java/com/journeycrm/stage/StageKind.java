package com.journeycrm.stage;

/**
 * What a stage means to the rules, independent of its (editable) name: leaving {@link #DECIDING} or
 * entering a terminal-ish stage records an outcome.
 */
public enum StageKind {
    /** An ordinary step: no outcome recorded on entry. */
    STANDARD,
    /** The prospect is deciding; leaving it records hired / not now / no way. */
    DECIDING,
    /** An engagement is running. Entering it from Deciding means "hired". */
    ACTIVE,
    /** Not now: keep nurturing. */
    NURTURE,
    /** No way: lost. Never gone quiet. */
    LOST,
    /** Former client with a good experience: keep close, track referrals. */
    ADVOCATE,
    /** Former client with a poor experience: do not pester. Never gone quiet. */
    GONE
}
