package com.journeycrm.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.client.Source;
import com.journeycrm.insight.Journey.Move;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The figures' definitions on journeys made by hand, without a database: which keys a client counts under, and how
 * a tally adds clients up. (The same definitions against the database, every figure and key, in EveryFigureTest.)
 */
class FigureTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");
    private static final long AWARE = 1, INTERESTED = 2, DECIDING = 3, NOT_NOW = 4, LOST = 5, ACTIVE = 6, BETWEEN = 7;
    private static final long FORMER = 8;

    private static final Span SPAN = new Span(new InsightFilter(FROM, TO, null), TO, stages());

    private static Map<Long, Span.Stage> stages() {
        Map<Long, Span.Stage> stages = new LinkedHashMap<>();
        stages.put(AWARE, new Span.Stage("Aware", StageKind.STANDARD, Phase.PRE_PURCHASE, 10, false));
        stages.put(INTERESTED, new Span.Stage("Interested", StageKind.STANDARD, Phase.PRE_PURCHASE, 20, false));
        stages.put(DECIDING, new Span.Stage("Deciding", StageKind.DECIDING, Phase.PRE_PURCHASE, 30, false));
        stages.put(NOT_NOW, new Span.Stage("Not now", StageKind.NURTURE, Phase.PRE_PURCHASE, 40, false));
        stages.put(LOST, new Span.Stage("Lost", StageKind.LOST, Phase.PRE_PURCHASE, 50, false));
        stages.put(ACTIVE, new Span.Stage("Active", StageKind.ACTIVE, Phase.CLIENT_EXPERIENCE, 60, false));
        stages.put(BETWEEN, new Span.Stage("Between", StageKind.STANDARD, Phase.BETWEEN_ENGAGEMENTS, 70, false));
        stages.put(FORMER, new Span.Stage("Former", StageKind.GONE, Phase.FORMER_CLIENT, 80, false));
        return stages;
    }

    private static Instant day(int n) {
        return FROM.plus(Duration.ofDays(n));
    }

    /** A client's history, move by move; an undo takes back the move before it. */
    private static final class History {
        private final List<Move> moves = new ArrayList<>();
        private final long client;
        private long stage;
        private Instant entered;
        private Instant created = day(0);
        private @Nullable Long referredBy;
        private int engagements;
        private boolean imported;

        History(long client, long firstStage, Instant at) {
            this.client = client;
            add(null, firstStage, null, at, null, true);
            created = at;
        }

        History move(long to, @Nullable Outcome outcome, Instant at) {
            add(stage, to, outcome, at, entered, true);
            engagements += to == ACTIVE ? 1 : 0;
            return this;
        }

        History undo(Instant at) {
            var last = moves.removeLast();
            moves.add(
                    new Move(last.id(), last.from(), last.to(), last.outcome(), last.at(), last.fromEntered(), false));
            add(stage, last.from(), null, at, entered, false);
            entered = last.fromEntered();
            engagements -= last.to() == ACTIVE ? 1 : 0;
            return this;
        }

        /** It came by an import: its arrival counts as no move (Journeys reads it so). */
        History imported() {
            imported = true;
            var arrival = moves.removeFirst();
            moves.addFirst(new Move(arrival.id(), null, arrival.to(), null, arrival.at(), null, false));
            return this;
        }

        History referredBy(long referrer) {
            referredBy = referrer;
            return this;
        }

        private void add(
                @Nullable Long from,
                long to,
                @Nullable Outcome outcome,
                Instant at,
                @Nullable Instant fromEntered,
                boolean counted) {
            moves.add(new Move(client * 100 + moves.size(), from, to, outcome, at, fromEntered, counted));
            stage = to;
            entered = at;
        }

        Journey journey() {
            return new Journey(
                    client,
                    stage,
                    entered,
                    null,
                    engagements,
                    engagements,
                    Source.WEBSITE,
                    created,
                    referredBy,
                    imported,
                    List.copyOf(moves),
                    moves.stream()
                            .filter(m -> m.counted() && !m.at().isBefore(FROM) && m.at().isBefore(TO))
                            .toList());
        }
    }

    private static Set<Object> keys(Figure figure, History history) {
        return new HashSet<>(figure.definition().keys(history.journey(), SPAN));
    }

    @Test
    void a_hire_counts_every_stage_entered_every_funnel_stage_reached_and_the_decision() {
        var hired = new History(1, AWARE, day(1))
                .move(INTERESTED, null, day(10))
                .move(DECIDING, null, day(20))
                .move(ACTIVE, Outcome.HIRED, day(30));

        assertThat(keys(Figure.ENTERED, hired)).containsExactlyInAnyOrder(AWARE, INTERESTED, DECIDING, ACTIVE);
        assertThat(keys(Figure.REACHED, hired)).containsExactlyInAnyOrder(AWARE, INTERESTED, DECIDING);
        assertThat(keys(Figure.HIRED, hired)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.DECIDED, hired)).containsExactly(Outcome.HIRED);
        assertThat(keys(Figure.NEW_PROSPECT, hired)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.LEFT_STAGE, hired)).containsExactlyInAnyOrder(AWARE, INTERESTED, DECIDING);
        assertThat(keys(Figure.STOPPED_STILL_THERE, hired)).isEmpty();
    }

    @Test
    void a_move_taken_back_counts_for_nothing_and_neither_does_its_undo() {
        var undone =
                new History(2, AWARE, day(1)).move(LOST, Outcome.NO_WAY, day(5)).undo(day(6));

        assertThat(keys(Figure.ENTERED, undone)).as("its arrival only").containsExactly(AWARE);
        assertThat(keys(Figure.LOST_OR_GONE, undone)).isEmpty();
        assertThat(keys(Figure.STOPPED_LOST, undone)).isEmpty();
        assertThat(keys(Figure.IN_STAGE, undone)).containsExactly(AWARE);
    }

    @Test
    void a_client_that_stops_counts_at_the_furthest_funnel_stage_it_reached_under_where_it_is_now() {
        var notNow =
                new History(3, AWARE, day(1)).move(DECIDING, null, day(10)).move(NOT_NOW, Outcome.NOT_NOW, day(20));
        var lost = new History(4, AWARE, day(1)).move(INTERESTED, null, day(10)).move(LOST, Outcome.NO_WAY, day(20));
        var stillThere = new History(5, AWARE, day(1)).move(INTERESTED, null, day(10));

        assertThat(keys(Figure.STOPPED_NOT_NOW, notNow)).containsExactly(DECIDING);
        assertThat(keys(Figure.STOPPED_LOST, lost)).containsExactly(INTERESTED);
        assertThat(keys(Figure.STOPPED_STILL_THERE, stillThere)).containsExactly(INTERESTED);
        assertThat(keys(Figure.REACHED, notNow)).containsExactlyInAnyOrder(AWARE, INTERESTED, DECIDING);
        assertThat(keys(Figure.DECIDED, notNow)).containsExactly(Outcome.NOT_NOW);
    }

    @Test
    void not_now_then_hired_needs_the_hire_after_the_not_now() {
        var cameBack = new History(6, DECIDING, day(1))
                .move(NOT_NOW, Outcome.NOT_NOW, day(10))
                .move(DECIDING, null, day(40))
                .move(ACTIVE, Outcome.HIRED, day(50));
        var stayed = new History(7, DECIDING, day(1)).move(NOT_NOW, Outcome.NOT_NOW, day(10));

        assertThat(keys(Figure.NOT_NOW_THEN_HIRED, cameBack)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.NOT_NOW_THEN_HIRED, stayed)).isEmpty();
        assertThat(Figure.Gaps.NOT_NOW.followedUp(cameBack.journey(), SPAN)).containsExactly(40L * 86_400);
    }

    @Test
    void a_return_between_engagements_counts_within_a_year_of_the_arrival() {
        var returned =
                new History(8, ACTIVE, day(1)).move(BETWEEN, null, day(10)).move(ACTIVE, null, day(100));

        assertThat(keys(Figure.LOOP_ENTERED, returned)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.LOOP_RETURNED, returned)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.RETURNED, returned)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.HIRED, returned)).as("a return is no hire").isEmpty();
        assertThat(Figure.LOOP_WINDOW).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void a_referral_counts_under_its_referrer_and_again_once_it_began_an_engagement() {
        var referred = new History(9, AWARE, day(3)).referredBy(42).move(DECIDING, null, day(4));
        var referredAndHired = new History(10, DECIDING, day(3)).referredBy(42).move(ACTIVE, Outcome.HIRED, day(9));

        assertThat(keys(Figure.REFERRED, referred)).containsExactly(42L);
        assertThat(keys(Figure.REFERRED_HIRED, referred)).isEmpty();
        assertThat(keys(Figure.REFERRED_HIRED, referredAndHired)).containsExactly(42L);
    }

    @Test
    void a_tally_counts_each_client_once_per_key_however_often_it_came_back() {
        var twice = new History(11, AWARE, day(1))
                .move(INTERESTED, null, day(5))
                .move(AWARE, null, day(6))
                .move(INTERESTED, null, day(7));
        var once = new History(12, AWARE, day(1)).move(INTERESTED, null, day(5));
        var tally = new Tally(SPAN, ZoneOffset.UTC);
        tally.accept(twice.journey());
        var other = new Tally(SPAN, ZoneOffset.UTC);
        other.accept(once.journey());

        tally.add(other);

        assertThat(tally.count(Figure.ENTERED, INTERESTED)).isEqualTo(2);
        assertThat(tally.count(Figure.ENTERED, AWARE)).as("both arrived there").isEqualTo(2);
        assertThat(tally.count(Figure.ENTERED, null))
                .as("clients under any key")
                .isEqualTo(2);
        assertThat(tally.endedStays(AWARE).count()).as("stays, not clients").isEqualTo(3);
    }

    @Test
    void where_a_client_stopped_is_where_the_period_left_it_and_still_there_is_in_that_stage_now() {
        var backFromNotNow = new History(13, AWARE, day(1))
                .move(DECIDING, null, day(10))
                .move(NOT_NOW, Outcome.NOT_NOW, day(20))
                .move(INTERESTED, null, day(30));
        var wentBack =
                new History(14, AWARE, day(1)).move(INTERESTED, null, day(10)).move(AWARE, null, day(20));
        var notNowThenLost = new History(15, AWARE, day(1))
                .move(DECIDING, null, day(10))
                .move(NOT_NOW, Outcome.NOT_NOW, day(20))
                .move(LOST, Outcome.NO_WAY, day(40));

        assertThat(keys(Figure.STOPPED_NOT_NOW, backFromNotNow))
                .as("it came back from Not now")
                .isEmpty();
        assertThat(keys(Figure.STOPPED_STILL_THERE, backFromNotNow))
                .as("it is in Interested, not at Deciding where it got furthest")
                .isEmpty();
        assertThat(keys(Figure.STOPPED_STILL_THERE, wentBack))
                .as("back in Aware: not in Interested now")
                .isEmpty();
        assertThat(keys(Figure.STOPPED_LOST, notNowThenLost))
                .as("the period's last move")
                .containsExactly(DECIDING);
        assertThat(keys(Figure.STOPPED_NOT_NOW, notNowThenLost)).isEmpty();
    }

    @Test
    void an_imported_client_is_no_prospect_arriving_and_no_one_coming_in_but_its_later_moves_count() {
        var imported = new History(16, INTERESTED, day(2)).imported().move(DECIDING, null, day(5));

        assertThat(keys(Figure.NEW_PROSPECT, imported)).isEmpty();
        assertThat(keys(Figure.ENTERED, imported))
                .as("Deciding only: its arrival came with it")
                .containsExactly(DECIDING);
        assertThat(keys(Figure.SOURCE, imported)).isEmpty();
        assertThat(keys(Figure.IN_STAGE, imported)).containsExactly(DECIDING);
    }

    @Test
    void a_move_undone_makes_no_stay_in_the_stage_it_went_to() {
        var undone = new History(17, AWARE, day(1))
                .move(LOST, Outcome.NO_WAY, day(5))
                .undo(day(5).plusSeconds(30));
        var tally = new Tally(SPAN, ZoneOffset.UTC);
        tally.accept(undone.journey());

        assertThat(tally.stayedIn()).containsOnlyKeys(AWARE);
    }

    @Test
    void reasons_count_together_whatever_their_case_and_spacing() {
        var a = new History(18, DECIDING, day(1)).move(LOST, Outcome.NO_WAY, day(5));
        var b = new History(19, DECIDING, day(1)).move(LOST, Outcome.NO_WAY, day(6));
        var tally = new Tally(SPAN, ZoneOffset.UTC);
        tally.accept(a.journey());
        tally.accept(b.journey());
        var ids = tally.decisions();

        var reasons = tally.reasons(Outcome.NO_WAY, Map.of(ids.get(0), "Best  fit ", ids.get(1), "best fit"), 3);

        assertThat(reasons).containsExactly(new Tally.Reason("Best fit", 2));
    }

    @Test
    void the_loop_parts_who_arrived_between_engagements_into_came_back_left_and_waiting() {
        var back = new History(20, ACTIVE, day(1)).move(BETWEEN, null, day(10)).move(ACTIVE, null, day(40));
        var left = new History(21, ACTIVE, day(1))
                .move(BETWEEN, null, day(10))
                .move(FORMER, Outcome.POOR_EXPERIENCE, day(50));
        var waiting = new History(22, ACTIVE, day(1)).move(BETWEEN, null, day(10));

        assertThat(keys(Figure.LOOP_RETURNED, back)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.LOOP_LEFT, back)).isEmpty();
        assertThat(keys(Figure.LOOP_LEFT, left)).containsExactly(Boolean.TRUE);
        assertThat(keys(Figure.LOOP_WAITING_QUIET, left)).isEmpty();
        assertThat(keys(Figure.LOOP_LEFT, waiting)).isEmpty();
        assertThat(keys(Figure.LOOP_WAITING_QUIET, waiting))
                .as("not quiet: its next touch is not due (none set here)")
                .isEmpty();
    }
}
