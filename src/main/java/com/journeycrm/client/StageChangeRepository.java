package com.journeycrm.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @Query("""
            select sc from StageChange sc join fetch sc.toStage left join fetch sc.fromStage join fetch sc.changedBy
            where sc.client.id = :clientId order by sc.changedAt desc, sc.id desc""")
    List<StageChange> findLatestForClient(long clientId, Pageable page);

    long countByClientId(long clientId);

    default Optional<StageChange> findLatestForClient(long clientId) {
        return findLatestForClient(clientId, Pageable.ofSize(1)).stream().findFirst();
    }
}
