package com.journeycrm.board;

import com.journeycrm.client.Client;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The board's read model: cards and column counts, read straight from the client table. */
interface BoardRepository extends Repository<Client, Long> {

    /**
     * One board column, a page at a time: clients needing attention (gone quiet or follow-up overdue)
     * first, then longest in stage. Filters are always bound; "%" and null mean "any".
     */
    @Query("""
            select new com.journeycrm.board.ClientCard(c.id, c.name, o.id, o.displayName, c.stage.id,
                   c.stageEnteredAt, c.lastTouchAt, c.nextTouchDue, c.nextFollowUpDue, c.version)
            from Client c join c.owner o
            where c.stage.id = :stageId
              and (:ownerId is null or o.id = :ownerId)
              and lower(c.name) like :namePattern
              and (:attentionOnly = false or c.nextTouchDue < :now or c.nextFollowUpDue < :now)
            order by case when (c.nextTouchDue < :now or c.nextFollowUpDue < :now) then 0 else 1 end,
                     c.stageEnteredAt, c.id""")
    List<ClientCard> findColumn(long stageId, Long ownerId, String namePattern, boolean attentionOnly,
                                Instant now, Pageable page);

    /** Column header counts for the whole board in one query: [stageId, count]. */
    @Query("""
            select c.stage.id, count(c) from Client c
            where (:ownerId is null or c.owner.id = :ownerId)
              and lower(c.name) like :namePattern
              and (:attentionOnly = false or c.nextTouchDue < :now or c.nextFollowUpDue < :now)
            group by c.stage.id""")
    List<Object[]> countByStage(Long ownerId, String namePattern, boolean attentionOnly, Instant now);

    /**
     * How many cards come before one card in its column, in {@link #findColumn}'s order and under the same
     * filters: the card's row index, so the board can scroll to it.
     */
    @Query("""
            select count(c) from Client c
            where c.stage.id = :stageId
              and (:ownerId is null or c.owner.id = :ownerId)
              and lower(c.name) like :namePattern
              and (:attentionOnly = false or c.nextTouchDue < :now or c.nextFollowUpDue < :now)
              and (case when (c.nextTouchDue < :now or c.nextFollowUpDue < :now) then 0 else 1 end < :rank
                   or (case when (c.nextTouchDue < :now or c.nextFollowUpDue < :now) then 0 else 1 end = :rank
                       and (c.stageEnteredAt < :enteredAt or (c.stageEnteredAt = :enteredAt and c.id < :id))))""")
    long countBefore(long stageId, Long ownerId, String namePattern, boolean attentionOnly, Instant now, int rank,
                     Instant enteredAt, long id);

    @Query("""
            select new com.journeycrm.board.ClientCard(c.id, c.name, o.id, o.displayName, c.stage.id,
                   c.stageEnteredAt, c.lastTouchAt, c.nextTouchDue, c.nextFollowUpDue, c.version)
            from Client c join c.owner o where c.id = :id""")
    Optional<ClientCard> findCard(long id);
}
