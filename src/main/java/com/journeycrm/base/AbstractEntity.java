package com.journeycrm.base;

import jakarta.persistence.MappedSuperclass;
import org.springframework.data.util.ProxyUtils;

/**
 * What every entity shares: it is its row. Two copies loaded for the same id (another session, a lazy proxy) are
 * equal and hash alike; one not saved yet is equal only to itself. The id is read through {@link #getId()} and the
 * class through {@link ProxyUtils}, because a Hibernate proxy's own fields are empty and its class is a subclass;
 * final, so that a proxy answers them itself instead of loading its row first.
 */
@MappedSuperclass
public abstract class AbstractEntity<I> {

    public abstract I getId();

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(other)) {
            return false;
        }
        I id = getId();
        return id != null && id.equals(((AbstractEntity<?>) other).getId());
    }

    /** The class's, not the id's: the hash must not change when the row is saved and gets its id. */
    @Override
    public final int hashCode() {
        return ProxyUtils.getUserClass(this).hashCode();
    }

    @Override
    public final String toString() {
        return ProxyUtils.getUserClass(this).getSimpleName() + "#" + getId();
    }
}
