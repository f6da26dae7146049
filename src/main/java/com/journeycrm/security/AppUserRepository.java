package com.journeycrm.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /** The people: every user but the system's own. */
    default List<AppUser> findPeople() {
        return findAllByRoleNotOrderByDisplayNameAsc(Role.SYSTEM);
    }

    List<AppUser> findAllByRoleNotOrderByDisplayNameAsc(Role role);

    default long countPeople() {
        return countByRoleNot(Role.SYSTEM);
    }

    long countByRoleNot(Role role);

    Optional<AppUser> findFirstByRole(Role role);

    /** A person's account: never the system's own. */
    default Optional<AppUser> findPerson(long id) {
        return findById(id).filter(user -> user.getRole() != Role.SYSTEM);
    }

    long countByRoleAndEnabledTrue(Role role);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = :role and u.enabled = true order by u.id")
    List<AppUser> lockEnabledAdmins(Role role);
}
