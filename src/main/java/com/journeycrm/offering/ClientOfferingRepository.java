package com.journeycrm.offering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientOfferingRepository extends JpaRepository<ClientOffering, ClientOffering.Key> {

    List<ClientOffering> findByIdClientId(long clientId);

    /** Per service: [offering id, clients who bought it, clients who know of it]. */
    @Query("""
            select l.id.offeringId, sum(case when l.bought then 1 else 0 end),
                   sum(case when l.aware then 1 else 0 end)
            from ClientOffering l group by l.id.offeringId""")
    List<Object[]> countsPerOffering();
}
