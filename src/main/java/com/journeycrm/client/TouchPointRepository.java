package com.journeycrm.client;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TouchPointRepository extends JpaRepository<TouchPoint, Long> {

    /** The latest touch point that counts as contact, to recompute "last touch" after an edit or delete. */
    @Query("""
            select t from TouchPoint t where t.client.id = :clientId and t.type in :countingTypes
            order by t.occurredAt desc, t.id desc""")
    List<TouchPoint> findLatestContact(long clientId, Collection<TouchPointType> countingTypes, Pageable page);

    @Query("""
            select t from TouchPoint t join fetch t.author left join fetch t.contact
            where t.client.id = :clientId and t.type in :types order by t.occurredAt desc, t.id desc""")
    List<TouchPoint> findTimeline(long clientId, Collection<TouchPointType> types, Pageable page);

    long countByClientIdAndTypeIn(long clientId, Collection<TouchPointType> types);
}
