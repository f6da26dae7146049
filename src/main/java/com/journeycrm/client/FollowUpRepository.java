package com.journeycrm.client;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("select min(f.dueAt) from FollowUp f where f.client.id = :clientId and f.doneAt is null")
    Instant findEarliestOpenDue(long clientId);
}
