package com.journeycrm.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What travels between app instances through PostgreSQL NOTIFY. */
class BoardChangeCodecTest {

    private final BoardChange move = new BoardChange(42, "Acme; \"Ltd\" \u001f {}", 3L, 5, 7, "Dana Sales", "Informed");

    @Test
    void a_change_from_another_instance_arrives_as_it_was_sent() {
        assertThat(PostgresBoardRelay.decode("me", PostgresBoardRelay.encode("other", move)))
                .isEqualTo(move);
    }

    @Test
    void a_new_client_has_no_stage_to_come_from() {
        var created = new BoardChange(42, "Acme", null, 5, 7, "Dana Sales", "Aware");
        assertThat(PostgresBoardRelay.decode("me", PostgresBoardRelay.encode("other", created)))
                .isEqualTo(created);
    }

    @Test
    void an_instance_ignores_its_own_changes_which_it_has_already_shown() {
        assertThat(PostgresBoardRelay.decode("me", PostgresBoardRelay.encode("me", move)))
                .isNull();
    }

    @Test
    void a_malformed_message_is_ignored() {
        assertThat(PostgresBoardRelay.decode("me", """
                {"origin":"other","change":{"clientId":"not-a-number","clientName":"Acme"}}""")).isNull();
        assertThat(PostgresBoardRelay.decode("me", "{\"origin\":\"other\"}")).isNull();
        assertThat(PostgresBoardRelay.decode("me", "garbage")).isNull();
    }
}
