package com.journeycrm.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity people change: its version lets a change made on a stale copy be refused ("someone else changed this a
 * moment ago") instead of silently overwriting another person's.
 */
@MappedSuperclass
public abstract class VersionedEntity extends RowEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
