package com.journeycrm.activity;

import com.journeycrm.client.TouchPointType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Every touch point's stage by the rule of {@code StageHistory.stageAt}, in one statement: for
     * generated histories, whose touch points are written before the moves around them.
     */
    @Modifying
    @Query(value = """
            update touch_point tp set stage_id = coalesce(
                (select sc.to_stage_id from stage_change sc where sc.client_id = tp.client_id
                   and sc.changed_at <= tp.occurred_at order by sc.changed_at desc, sc.id desc fetch first 1 rows only),
                (select sc.to_stage_id from stage_change sc where sc.client_id = tp.client_id
                 order by sc.changed_at, sc.id fetch first 1 rows only))""", nativeQuery = true)
    int restageAll();

    long countByClientIdAndTypeIn(long clientId, Collection<TouchPointType> types);
}
