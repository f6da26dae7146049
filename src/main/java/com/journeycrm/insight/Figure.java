package com.journeycrm.insight;

import com.journeycrm.client.Source;
import com.journeycrm.insight.Journey.Move;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A number of the Insights view that counts clients, with its one definition: the keys (a stage, an outcome, a
 * source, a referrer) under which a client counts. The view's number for a key is how many clients count under it;
 * its drill-down lists exactly those clients — both from this definition. A figure without keys counts a client
 * under {@link Boolean#TRUE}; asked without a key, any figure counts the clients that count under some key. Two
 * figures read tables a journey does not carry and are defined in SQL ({@link Sql}).
 */
public enum Figure {
    /** Arrived in the stage during the period. */
    ENTERED(Keys.STAGE, moves((m, s) -> m.to())),
    /** Arrived in the funnel stage, or a later one, or were hired, during the period. */
    REACHED(Keys.STAGE, Figure::reached),
    /** Hired during the period: arrived in an active engagement from a pre-purchase stage. */
    HIRED(Keys.NONE, moves((m, s) -> when(hired(m, s)))),
    /**
     * Got no further than the funnel stage in the period and not hired: the step's loss to the next (reached here
     * less reached at the next step, or hired after the last).
     */
    STOPPED(Keys.STAGE, (j, s) -> stopped(j, s, null)),
    /**
     * Got no further than the funnel stage in the period, not hired, and the period's last move took it to Not now
     * (nurture): where it stopped in the period.
     */
    STOPPED_NOT_NOW(Keys.STAGE, (j, s) -> stopped(j, s, StageKind.NURTURE)),
    /** … and the period's last move took it to Lost. */
    STOPPED_LOST(Keys.STAGE, (j, s) -> stopped(j, s, StageKind.LOST)),
    /** … and it is in that stage now, as the board shows it. */
    STOPPED_STILL_THERE(Keys.STAGE, Figure::stillThere),
    /** Left Deciding during the period with the outcome. */
    DECIDED(Keys.OUTCOME, moves(Figure::decision)),
    /** Said "not now" during the period and began an engagement later. */
    NOT_NOW_THEN_HIRED(
            Keys.NONE, (j, s) -> yes(Gaps.NOT_NOW.followedUp(j, s).findAny().isPresent())),
    /** Came in (were created) during the period, by the source. */
    SOURCE(Keys.SOURCE, (j, s) -> j.createdIn(s) ? Set.of(j.source()) : Set.of()),
    /** Of those, hired at any time since. */
    SOURCE_HIRED(Keys.SOURCE, (j, s) -> j.createdIn(s) && j.hires() > 0 ? Set.of(j.source()) : Set.of()),
    /** Arrived between engagements during the period. */
    LOOP_ENTERED(Keys.NONE, moves((m, s) -> when(s.phase(m.to()) == Phase.BETWEEN_ENGAGEMENTS))),
    /** Of those, began a new engagement within 12 months of such an arrival. */
    LOOP_RETURNED(Keys.NONE, (j, s) -> yes(Gaps.LOOP.followedUp(j, s).findAny().isPresent())),
    /** Of those who arrived between engagements in the period and did not come back: in a former client's stage now. */
    LOOP_LEFT(
            Keys.NONE,
            (j, s) -> yes(arrivedBetween(j, s) && !cameBack(j, s) && s.phase(j.stageId()) == Phase.FORMER_CLIENT)),
    /** … still between engagements, and gone quiet. */
    LOOP_WAITING_QUIET(
            Keys.NONE,
            (j, s) -> yes(arrivedBetween(j, s)
                    && !cameBack(j, s)
                    && s.phase(j.stageId()) == Phase.BETWEEN_ENGAGEMENTS
                    && j.quiet(s))),
    /** Began two or more engagements, ever. */
    REPEAT(Keys.NONE, (j, s) -> yes(j.engagements() >= 2)),
    /** Between engagements now and gone quiet. */
    LOOP_QUIET(Keys.NONE, (j, s) -> yes(s.phase(j.stageId()) == Phase.BETWEEN_ENGAGEMENTS && j.quiet(s))),
    /** Former clients who are advocates now. */
    ADVOCATES(Keys.NONE, (j, s) -> yes(s.kind(j.stageId()) == StageKind.ADVOCATE)),
    /** Came in during the period referred by another client, by the client who referred them. */
    REFERRED(Keys.CLIENT, (j, s) -> j.createdIn(s) && j.referredBy() != null ? Set.of(j.referredBy()) : Set.of()),
    /** Of those, began an engagement at any time since. */
    REFERRED_HIRED(
            Keys.CLIENT,
            (j, s) -> j.createdIn(s) && j.referredBy() != null && j.engagements() > 0
                    ? Set.of(j.referredBy())
                    : Set.of()),
    /** Had a touch point during the period while in the stage, of the type and direction ("stage:TYPE:DIR"). */
    TOUCHED(Keys.CELL, Sql.TOUCHED),
    /** In the stage now. */
    IN_STAGE(Keys.STAGE, (j, s) -> Set.of(j.stageId())),
    /** In the stage now and gone quiet. */
    QUIET(Keys.STAGE, (j, s) -> j.quiet(s) ? Set.of(j.stageId()) : Set.of()),
    /** Bought exactly one service and know of no other. */
    CROSS_SELL(Keys.NONE, Sql.CROSS_SELL),
    /** Left the stage during the period: a stay there ended. */
    LEFT_STAGE(Keys.STAGE, moves((m, s) -> m.fromEntered() == null ? null : m.from())),
    /** Entered their first stage during the period: new prospects. */
    NEW_PROSPECT(Keys.NONE, moves((m, s) -> when(m.from() == null))),
    /** Began a new engagement from between engagements during the period. */
    RETURNED(
            Keys.NONE,
            moves((m, s) -> when(s.kind(m.to()) == StageKind.ACTIVE
                    && m.from() != null
                    && s.phase(m.from()) == Phase.BETWEEN_ENGAGEMENTS))),
    /** Moved into Lost or Former during the period: gone for good (a client's first stage is a new prospect). */
    LOST_OR_GONE(
            Keys.NONE,
            moves((m, s) ->
                    when(m.from() != null && (s.kind(m.to()) == StageKind.LOST || s.kind(m.to()) == StageKind.GONE))));

    /** Which keys a client counts under; none: it does not count. */
    @FunctionalInterface
    interface Definition {
        Set<?> keys(Journey journey, Span span);
    }

    /** A figure of moves: a client counts under the key of each of its counted moves of the period that has one. */
    record OfMoves(BiFunction<Move, Span, @Nullable Object> key) implements Definition {

        @Override
        public Set<?> keys(Journey journey, Span span) {
            Set<Object> keys = null;
            for (var m : journey.counted()) {
                Object k = key.apply(m, span);
                if (k != null) {
                    keys = keys == null ? new HashSet<>(4) : keys;
                    keys.add(k);
                }
            }
            return keys == null ? Set.of() : keys;
        }
    }

    /**
     * A figure defined by an SQL query of client ids ({@link InsightQueries} runs it); {@code %s} stands for "the
     * filter's owner owns the client of {@code client}".
     */
    record Sql(String query, String client) implements Definition {

        static final Sql TOUCHED = new Sql("""
                select tp.client_id from touch_point tp
                where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                  and tp.stage_id = :stage and tp.type = :type and tp.direction = :direction""", "tp.client_id");

        /** Grouped on the services alone: through the client table, as a join, it cost H2 three times as much. */
        static final Sql CROSS_SELL = new Sql("""
                select co.client_id from client_offering co where %s
                group by co.client_id
                having sum(case when co.bought then 1 else 0 end) = 1
                   and sum(case when co.aware and not co.bought then 1 else 0 end) = 0""", "co.client_id");

        String query(org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
            return query.formatted(Journeys.owned(client, params));
        }

        @Override
        public Set<?> keys(Journey journey, Span span) {
            throw new UnsupportedOperationException("Counted in SQL");
        }
    }

    /** What a figure's key is, as a drill-down's address carries it. */
    enum Keys {
        NONE,
        STAGE,
        CLIENT,
        OUTCOME,
        SOURCE,
        /** A heat-map cell: "stage:TYPE:DIRECTION". */
        CELL;

        /** @throws IllegalArgumentException if the text is not such a key */
        @Nullable
        Object parse(@Nullable String key) {
            if (this == NONE || (key == null && this != CELL)) {
                return null;
            }
            if (key == null) {
                throw new IllegalArgumentException("A heat-map cell is stage:TYPE:DIRECTION");
            }
            return switch (this) {
                case STAGE, CLIENT -> Long.valueOf(key);
                case OUTCOME -> Outcome.valueOf(key);
                case SOURCE -> Source.valueOf(key);
                default -> key;
            };
        }
    }

    private final Keys keys;
    private final Definition definition;

    Figure(Keys keys, Definition definition) {
        this.keys = keys;
        this.definition = definition;
    }

    Keys keys() {
        return keys;
    }

    Definition definition() {
        return definition;
    }

    /** The 365 days within which a return between engagements counts as "came back". */
    static final Duration LOOP_WINDOW = Duration.ofDays(365);

    /** From a counted event of the period to the client's first later counted arrival in an active engagement. */
    enum Gaps {
        NOT_NOW,
        LOOP;

        boolean isEvent(Move m, Span s) {
            return this == NOT_NOW ? decision(m, s) == Outcome.NOT_NOW : s.phase(m.to()) == Phase.BETWEEN_ENGAGEMENTS;
        }

        /** Per event followed by an engagement (within the loop's window), the whole seconds crossed until it. */
        java.util.stream.Stream<Long> followedUp(Journey j, Span s) {
            if (j.counted().isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            return j.counted().stream()
                    .filter(e -> isEvent(e, s))
                    .flatMap(e -> j.moves().stream()
                            .filter(m -> m.counted() && m.at().isAfter(e.at()) && s.kind(m.to()) == StageKind.ACTIVE)
                            .findFirst()
                            .filter(m -> this == NOT_NOW || !m.at().isAfter(e.at().plus(LOOP_WINDOW)))
                            .map(m -> m.at().getEpochSecond() - e.at().getEpochSecond())
                            .stream());
        }
    }

    /** A counted arrival in the between-engagements phase during the period ({@link #LOOP_ENTERED}). */
    private static boolean arrivedBetween(Journey j, Span s) {
        return !LOOP_ENTERED.definition().keys(j, s).isEmpty();
    }

    /** Began a new engagement within a year of such an arrival ({@link #LOOP_RETURNED}). */
    private static boolean cameBack(Journey j, Span s) {
        return Gaps.LOOP.followedUp(j, s).findAny().isPresent();
    }

    private static OfMoves moves(BiFunction<Move, Span, @Nullable Object> key) {
        return new OfMoves(key);
    }

    private static Set<?> yes(boolean counts) {
        return counts ? Set.of(Boolean.TRUE) : Set.of();
    }

    private static @Nullable Boolean when(boolean counts) {
        return counts ? Boolean.TRUE : null;
    }

    static boolean hired(Move m, Span s) {
        return s.kind(m.to()) == StageKind.ACTIVE && m.from() != null && s.phase(m.from()) == Phase.PRE_PURCHASE;
    }

    static @Nullable Outcome decision(Move m, Span s) {
        return m.from() != null && s.kind(m.from()) == StageKind.DECIDING ? m.outcome() : null;
    }

    /** The furthest funnel position the client arrived at in the period. */
    private static Optional<Integer> furthest(Journey j, Span s) {
        Integer furthest = null;
        for (var m : j.counted()) {
            var stage = s.stage(m.to());
            if (stage.inFunnel() && (furthest == null || stage.position() > furthest)) {
                furthest = stage.position();
            }
        }
        return Optional.ofNullable(furthest);
    }

    private static boolean hiredIn(Journey j, Span s) {
        for (var m : j.counted()) {
            if (hired(m, s)) {
                return true;
            }
        }
        return false;
    }

    /** The funnel stages at or before the furthest the client reached (every one if it was hired). */
    private static Set<?> reached(Journey j, Span s) {
        if (j.counted().isEmpty()) {
            return Set.of();
        }
        boolean hired = hiredIn(j, s);
        int furthest = furthest(j, s).orElse(Integer.MIN_VALUE);
        return funnelStages(s, position -> hired || position <= furthest);
    }

    /**
     * The funnel stage a client that was not hired got furthest to, if the period's last move took it to the kind
     * (any: null).
     */
    private static Set<?> stopped(Journey j, Span s, @Nullable StageKind wentTo) {
        if (j.counted().isEmpty()
                || hiredIn(j, s)
                || wentTo != null && s.kind(j.counted().getLast().to()) != wentTo) {
            return Set.of();
        }
        var furthest = furthest(j, s);
        return furthest.isEmpty() ? Set.of() : funnelStages(s, position -> position == furthest.get());
    }

    /** The funnel stage a client that was not hired got furthest to in the period, if it is in that stage now. */
    private static Set<?> stillThere(Journey j, Span s) {
        if (j.counted().isEmpty() || hiredIn(j, s)) {
            return Set.of();
        }
        var furthest = furthest(j, s);
        var now = s.stage(j.stageId());
        return furthest.isPresent() && now.inFunnel() && now.position() == furthest.get()
                ? Set.of(j.stageId())
                : Set.of();
    }

    /** The funnel's stages, retired ones too, whose position passes. */
    private static Set<?> funnelStages(Span s, java.util.function.IntPredicate position) {
        Set<Long> stages = new HashSet<>();
        s.stages().forEach((id, stage) -> {
            if (stage.inFunnel() && position.test(stage.position())) {
                stages.add(id);
            }
        });
        return stages;
    }
}
