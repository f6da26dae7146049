package com.journeycrm.board.ui;

import com.journeycrm.board.ClientCard;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A column's lazy loading by keyset: remembers the last card of each page it fetched, so that the next page is read
 * from the index where that one ended instead of counting past every row before it. A jump to a row no fetched page
 * ends at (the scroll bar dragged far down) falls back to an offset.
 */
final class KeysetPages {

    /** Enough for a long scroll; the oldest boundaries go first. */
    static final int REMEMBERED = 200;

    private final NavigableMap<Integer, ClientCard> lastBefore = new TreeMap<>();
    private final BiFunction<ClientCard, Integer, List<ClientCard>> after;
    private final BiFunction<Integer, Integer, List<ClientCard>> byOffset;

    /**
     * @param after    the page after a card (null: the first page), of a given size
     * @param byOffset the page at an offset, of a given size
     */
    KeysetPages(
            BiFunction<ClientCard, Integer, List<ClientCard>> after,
            BiFunction<Integer, Integer, List<ClientCard>> byOffset) {
        this.after = after;
        this.byOffset = byOffset;
    }

    Stream<ClientCard> fetch(int offset, int limit) {
        ClientCard before = offset == 0 ? null : lastBefore.get(offset);
        List<ClientCard> page =
                offset == 0 || before != null ? after.apply(before, limit) : byOffset.apply(offset, limit);
        if (!page.isEmpty()) {
            lastBefore.put(offset + page.size(), page.getLast());
            while (lastBefore.size() > REMEMBERED) {
                lastBefore.pollFirstEntry();
            }
        }
        return page.stream();
    }

    /** The column changed: every remembered boundary may have moved. */
    void forget() {
        lastBefore.clear();
    }
}
