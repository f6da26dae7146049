package com.journeycrm.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which outcome a move records, for every pair of stage kinds: the destination decides. */
class OutcomeTest {

    static Stream<Arguments> everyPairOfKinds() {
        return Stream.of(StageKind.values())
                .flatMap(from -> Stream.of(StageKind.values()).map(to -> Arguments.of(from, to, expected(from, to))));
    }

    /** The table, written out as the rules read: hired → engagement, not now → nurture, no way → lost. */
    private static List<Outcome> expected(StageKind from, StageKind to) {
        return switch (to) {
            case ACTIVE -> from == StageKind.DECIDING ? List.of(Outcome.HIRED) : List.of();
            case NURTURE -> List.of(Outcome.NOT_NOW);
            case LOST -> List.of(Outcome.NO_WAY);
            case ADVOCATE -> List.of(Outcome.GOOD_EXPERIENCE);
            case GONE -> List.of(Outcome.POOR_EXPERIENCE);
            case STANDARD, DECIDING -> List.of();
        };
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPairOfKinds")
    void a_move_offers_only_the_outcome_that_fits_where_the_client_goes(
            StageKind from, StageKind to, List<Outcome> expected) {
        assertThat(Outcome.choicesFor(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "never hired into {0}")
    @MethodSource("kinds")
    void hired_leads_only_into_an_engagement(StageKind to) {
        for (StageKind from : StageKind.values()) {
            assertThat(Outcome.choicesFor(from, to).contains(Outcome.HIRED))
                    .isEqualTo(to == StageKind.ACTIVE && from == StageKind.DECIDING);
            assertThat(Outcome.choicesFor(from, to).contains(Outcome.NO_WAY)).isEqualTo(to == StageKind.LOST);
        }
    }

    static Stream<StageKind> kinds() {
        return Stream.of(StageKind.values());
    }
}
