package com.journeycrm.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientRepository extends JpaRepository<Client, Long> {

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
