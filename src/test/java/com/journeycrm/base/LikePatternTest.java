package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void no_text_matches_everything() {
        assertThat(LikePattern.contains(null, 10)).isEqualTo("%");
        assertThat(LikePattern.contains("   ", 10)).isEqualTo("%");
    }

    @Test
    void text_is_trimmed_lower_cased_and_found_anywhere() {
        assertThat(LikePattern.contains("  Acme Ltd ", 50)).isEqualTo("%acme ltd%");
    }

    @Test
    void wildcards_typed_by_the_user_are_taken_literally() {
        assertThat(LikePattern.contains("100%_a\\b", 50)).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void text_longer_than_the_limit_is_cut_to_it() {
        assertThat(LikePattern.contains("x".repeat(1_000_000), 200)).isEqualTo("%" + "x".repeat(200) + "%");
    }
}
