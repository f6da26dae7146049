package com.journeycrm.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.board.ClientCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

    private final List<ClientCard> column = IntStream.rangeClosed(1, 95)
            .mapToObj(i -> new ClientCard(
                    i, "C" + i, 1, "Owner", 1, Instant.EPOCH, null, null, null, 0, Instant.ofEpochSecond(i)))
            .toList();
    private final List<String> calls = new ArrayList<>();
    private final KeysetPages pages = new KeysetPages(
            (after, limit) -> {
                calls.add("after " + (after == null ? "start" : after.id()));
                int from = after == null ? 0 : (int) after.id();
                return column.subList(from, Math.min(column.size(), from + limit));
            },
            (offset, limit) -> {
                calls.add("offset " + offset);
                return column.subList(offset, Math.min(column.size(), offset + limit));
            });

    @Test
    void scrolling_down_reads_each_page_after_the_last_card_of_the_one_before() {
        assertThat(pages.fetch(0, 30)).hasSize(30);
        assertThat(pages.fetch(30, 30).findFirst())
                .get()
                .extracting(ClientCard::id)
                .isEqualTo(31L);
        assertThat(pages.fetch(60, 30)).hasSize(30);
        assertThat(pages.fetch(90, 30)).extracting(ClientCard::id).containsExactly(91L, 92L, 93L, 94L, 95L);
        assertThat(calls).containsExactly("after start", "after 30", "after 60", "after 90");
    }

    @Test
    void a_jump_past_what_was_read_uses_an_offset_and_a_fresh_start_forgets_the_old_boundaries() {
        pages.fetch(0, 30);
        assertThat(pages.fetch(60, 30).findFirst())
                .get()
                .extracting(ClientCard::id)
                .isEqualTo(61L);
        pages.forget();
        pages.fetch(30, 30);
        assertThat(calls).containsExactly("after start", "offset 60", "offset 30");
    }
}
