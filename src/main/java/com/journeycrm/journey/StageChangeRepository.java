package com.journeycrm.journey;

import com.journeycrm.stage.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @Query("""
            select sc from StageChange sc join fetch sc.toStage left join fetch sc.fromStage join fetch sc.changedBy
            where sc.client.id = :clientId order by sc.changedAt desc, sc.id desc""")
    List<StageChange> findLatestForClient(long clientId, Pageable page);

    long countByClientId(long clientId);

    boolean existsByUndoOfId(long stageChangeId);

    @Query("""
            select sc.toStage from StageChange sc where sc.client.id = :clientId and sc.changedAt <= :at
            order by sc.changedAt desc, sc.id desc""")
    List<Stage> findStagesUpTo(long clientId, Instant at, Limit limit);

    @Query("select sc.toStage from StageChange sc where sc.client.id = :clientId order by sc.changedAt, sc.id")
    List<Stage> findStagesInOrder(long clientId, Limit limit);

    /** The stage the client was in at {@code at}: that of its last change at or before it, or else its first. */
    default Stage stageAt(long clientId, Instant at) {
        return findStagesUpTo(clientId, at, Limit.of(1)).stream()
                .findFirst()
                .orElseGet(() -> findStagesInOrder(clientId, Limit.of(1)).getFirst());
    }

    default Optional<StageChange> findLatestForClient(long clientId) {
        return findLatestForClient(clientId, Pageable.ofSize(1)).stream().findFirst();
    }
}
