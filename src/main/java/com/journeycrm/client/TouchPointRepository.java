package com.journeycrm.client;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TouchPointRepository extends JpaRepository<TouchPoint, Long> {

    @Query("""
            select t from TouchPoint t where t.client.id = :clientId and t.type in :countingTypes
            order by t.occurredAt desc, t.id desc""")
    List<TouchPoint> findLatestContact(long clientId, java.util.Collection<TouchPointType> countingTypes,
                                       Pageable page);
}
