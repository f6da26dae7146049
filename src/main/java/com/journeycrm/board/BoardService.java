package com.journeycrm.board;

import com.journeycrm.base.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the board reads: column counts, a column's cards a page at a time, one card. Everyone sees the board. */
@Service
@PreAuthorize("isAuthenticated()")
public class BoardService {

    private final BoardRepository board;
    private final Clock clock;

    BoardService(BoardRepository board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    /**
     * Every column's count in one query. Stages without clients are absent (count 0).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> countByStage(BoardFilter filter) {
        List<Object[]> rows = !filter.byOwnerAtMost()
                ? board.countByStage(filter.ownerId(), filter.namePattern(), filter.attentionOnly(), clock.instant())
                : filter.ownerId() == null ? board.countWholeBoard() : board.countWholeBoardOf(filter.ownerId());
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            if (n > 0) {
                counts.put(((Number) row[0]).longValue(), n);
            }
        }
        return counts;
    }

    /** One page of one column by offset: needing attention first (longest overdue on top), then soonest due. */
    @Transactional(readOnly = true)
    public List<ClientCard> column(long stageId, BoardFilter filter, Pageable page) {
        return board.findColumn(
                stageId, filter.ownerId(), filter.namePattern(), filter.attentionOnly(), clock.instant(), page);
    }

    /**
     * The page after {@code after} (null: the first page), in the same order: read from the index where the last
     * page ended, so the hundredth page costs what the first does.
     */
    @Transactional(readOnly = true)
    public List<ClientCard> columnAfter(long stageId, BoardFilter filter, ClientCard after, int limit) {
        Instant afterAt = after == null ? Instant.EPOCH : after.attentionAt();
        long afterId = after == null ? 0 : after.id();
        if (filter.showsAll()) {
            return board.findWholeColumnAfter(stageId, afterAt, afterId, Limit.of(limit));
        }
        return board.findColumnAfter(
                stageId,
                afterAt,
                afterId,
                filter.ownerId(),
                filter.namePattern(),
                filter.attentionOnly(),
                clock.instant(),
                Limit.of(limit));
    }

    /**
     * Where a card is in its column under the filter (its row index), or empty when the filter hides it: the
     * board scrolls to a card the user just moved there.
     */
    @Transactional(readOnly = true)
    public OptionalInt positionInColumn(long clientId, BoardFilter filter) {
        var card = card(clientId);
        Instant now = clock.instant();
        if (!filter.shows(card, now)) {
            return OptionalInt.empty();
        }
        long before = board.countBefore(
                card.stageId(),
                filter.ownerId(),
                filter.namePattern(),
                filter.attentionOnly(),
                now,
                card.attentionAt(),
                card.id());
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, before));
    }

    @Transactional(readOnly = true)
    public ClientCard card(long clientId) {
        return board.findCard(clientId).orElseThrow(() -> NotFoundException.of("client.gone"));
    }
}
