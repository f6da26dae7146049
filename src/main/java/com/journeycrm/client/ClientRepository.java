package com.journeycrm.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientRepository extends JpaRepository<Client, Long> {

    /**
     * One board column, a page at a time: clients needing attention (gone quiet or follow-up overdue)
     * first, then longest in stage. Filters are always bound; "%" and null mean "any".
     */
    @Query("""
            select new com.journeycrm.client.ClientCard(c.id, c.name, o.id, o.displayName, c.stage.id,
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

    @Query("""
            select new com.journeycrm.client.ClientCard(c.id, c.name, o.id, o.displayName, c.stage.id,
                   c.stageEnteredAt, c.lastTouchAt, c.nextTouchDue, c.nextFollowUpDue, c.version)
            from Client c join c.owner o where c.id = :id""")
    Optional<ClientCard> findCard(long id);

    @Query("""
            select c from Client c join fetch c.owner join fetch c.stage left join fetch c.referredBy
            where c.id = :id""")
    Optional<Client> findWithRelations(long id);

    @Query("""
            select new com.journeycrm.client.ClientListItem(c.id, c.name, c.industry, o.displayName, s.name,
                   c.lastTouchAt, c.nextTouchDue)
            from Client c join c.owner o join c.stage s
            where lower(c.name) like :namePattern order by c.name, c.id""")
    List<ClientListItem> search(String namePattern, Pageable page);

    @Query("select count(c) from Client c where lower(c.name) like :namePattern")
    long countSearch(String namePattern);

    @Query("""
            select new com.journeycrm.client.ClientRef(c.id, c.name) from Client c
            where lower(c.name) like :namePattern order by c.name, c.id""")
    List<ClientRef> findRefs(String namePattern, Pageable page);

    @Query("""
            select new com.journeycrm.client.ClientRef(c.id, c.name) from Client c
            where c.referredBy.id = :clientId order by c.name""")
    List<ClientRef> findReferredBy(long clientId);
}
