package com.journeycrm.insight;

import com.journeycrm.client.Source;
import com.journeycrm.stage.Outcome;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One client as the figures see it: where it is now, how it came in, its moves since the period began in the order
 * they were made ({@code moves}), and of those the ones that count and were made in the period ({@code counted}).
 * {@code imported}: it arrived by an import, during the moves read (an import's arrival counts as no move).
 * Every {@link Figure} is defined on this record alone.
 */
record Journey(
        long id,
        long stageId,
        Instant enteredStage,
        @Nullable Instant nextTouchDue,
        int engagements,
        int hires,
        Source source,
        Instant createdAt,
        @Nullable Long referredBy,
        boolean imported,
        List<Move> moves,
        List<Move> counted) {

    /**
     * A stage change. It counts unless it is an undo or was undone since: an undone move is a mistake put right, not
     * something the client did. {@code fromEntered}: when the stay it ends began (null for a client's first stage).
     */
    record Move(
            long id,
            @Nullable Long from,
            long to,
            @Nullable Outcome outcome,
            Instant at,
            @Nullable Instant fromEntered,
            boolean counted) {}

    /** Whether it has gone quiet: its next touch was due before now. */
    boolean quiet(Span span) {
        return nextTouchDue != null && nextTouchDue.isBefore(span.now());
    }

    /** Came in during the period: created then, not brought in by an import (its earlier life was elsewhere). */
    boolean createdIn(Span span) {
        return span.contains(createdAt) && !imported;
    }
}
