package com.journeycrm.board;

import com.journeycrm.client.Client;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The board's read model: cards and column counts, read straight from the client table. */
interface BoardRepository extends Repository<Client, Long> {

    /** Every card query reads the same columns. */
    String CARDS = """
            select new com.journeycrm.board.ClientCard(c.id, c.name, o.id, o.displayName, c.stage.id,
                   c.stageEnteredAt, c.lastTouchAt, c.nextTouchDue, c.nextFollowUpDue, c.version, c.attentionAt)
            from Client c join c.owner o
            """;

    /**
     * One board column, a page at a time, in the order of the index (stage, attention, id): clients needing
     * attention (gone quiet or a follow-up overdue) first, the longest overdue at the top, then the soonest due. The
     * stage is in the "order by" although it is fixed: H2 reads an index in order only for a sort that starts with
     * its first column. Filters are always bound; "%" and null mean "any". Keyset paging: the page after the card ({@code afterAt},
     * {@code afterId}) — the start of the column is (the beginning of time, 0).
     */
    @Query(CARDS + """
            where c.stage.id = :stageId
              and c.attentionAt >= :afterAt and (c.attentionAt > :afterAt or c.id > :afterId)
              and (:ownerId is null or fk(c.owner) = :ownerId)
              and c.nameKey like :namePattern
              and (:attentionOnly = false or c.attentionAt < :now)
            order by c.stage.id, c.attentionAt, c.id""")
    List<ClientCard> findColumnAfter(
            long stageId,
            Instant afterAt,
            long afterId,
            Long ownerId,
            String namePattern,
            boolean attentionOnly,
            Instant now,
            Limit limit);

    /**
     * The unfiltered board's page: the same, without the filters' "parameter is null or …" terms — with those,
     * PostgreSQL's generic plan for a prepared statement sorts the whole column instead of reading the index.
     */
    @Query(CARDS + """
            where c.stage.id = :stageId
              and c.attentionAt >= :afterAt and (c.attentionAt > :afterAt or c.id > :afterId)
            order by c.stage.id, c.attentionAt, c.id""")
    List<ClientCard> findWholeColumnAfter(long stageId, Instant afterAt, long afterId, Limit limit);

    /** The same column by offset: for a jump into the middle of a long column (a scroll bar dragged far down). */
    @Query(CARDS + """
            where c.stage.id = :stageId
              and (:ownerId is null or fk(c.owner) = :ownerId)
              and c.nameKey like :namePattern
              and (:attentionOnly = false or c.attentionAt < :now)
            order by c.stage.id, c.attentionAt, c.id""")
    List<ClientCard> findColumn(
            long stageId, Long ownerId, String namePattern, boolean attentionOnly, Instant now, Pageable page);

    /**
     * The unfiltered board's column counts: [stageId, count]. Without the filters' "parameter is null or …" terms,
     * read from the index that starts with the stage (with the owner: the one that starts with the owner).
     */
    @Query("select c.stage.id, count(c) from Client c group by c.stage.id")
    List<Object[]> countWholeBoard();

    @Query("select c.stage.id, count(c) from Client c where c.owner.id = :ownerId group by c.stage.id")
    List<Object[]> countWholeBoardOf(long ownerId);

    /**
     * Column header counts for the whole board in one query: [stageId, count]. {@code nameKey >= ''} holds for every
     * client; it names the first column of the index that has every column this query reads, so that H2 reads
     * that index instead of every row (V18).
     */
    @Query("""
            select c.stage.id, count(c) from Client c
            where (:ownerId is null or c.owner.id = :ownerId)
              and c.nameKey like :namePattern and c.nameKey >= ''
              and (:attentionOnly = false or c.attentionAt < :now)
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
              and c.nameKey like :namePattern
              and (:attentionOnly = false or c.attentionAt < :now)
              and (c.attentionAt < :at or (c.attentionAt = :at and c.id < :id))""")
    long countBefore(
            long stageId, Long ownerId, String namePattern, boolean attentionOnly, Instant now, Instant at, long id);

    @Query(CARDS + "where c.id = :id")
    Optional<ClientCard> findCard(long id);
}
