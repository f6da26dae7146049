package com.journeycrm.activity;

import com.journeycrm.security.AppUser;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("select min(f.dueAt) from FollowUp f where f.client.id = :clientId and f.doneAt is null")
    Instant findEarliestOpenDue(long clientId);

    @Query("""
            select new com.journeycrm.activity.FollowUpItem(f.id, c.id, c.name, f.what, f.dueAt, a.id, a.displayName,
                   f.doneAt)
            from FollowUp f join f.client c join f.assignee a where c.id = :clientId
            order by case when f.doneAt is null then 0 else 1 end, f.dueAt""")
    List<FollowUpItem> findForClient(long clientId);

    /** Hands every open follow-up of one assignee to another in one statement. */
    @Modifying
    @Query("""
            update FollowUp f set f.assignee = :to, f.version = f.version + 1
            where f.assignee.id = :fromId and f.doneAt is null""")
    int handOverOpen(long fromId, AppUser to);
}
