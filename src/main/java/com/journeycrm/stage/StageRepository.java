package com.journeycrm.stage;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StageRepository extends JpaRepository<Stage, Long> {

    /** Every stage, retired ones included: for history (timelines, insights over past moves). */
    List<Stage> findAllByOrderByPositionAsc();

    List<Stage> findByRetiredFalseOrderByPositionAsc();

    /** All of them, locked: reshaping the journey is one admin at a time, so positions never collide. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Stage s order by s.position")
    List<Stage> lockAll();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    // the stage feature sits below clients, so it asks the database rather than the client feature
    @Query(value = "select count(*) from client where stage_id = :stageId", nativeQuery = true)
    long countClientsIn(long stageId);

    @Query(
            value = "select count(*) from stage_change where to_stage_id = :stageId or from_stage_id = :stageId",
            nativeQuery = true)
    long countMovesThrough(long stageId);
}
