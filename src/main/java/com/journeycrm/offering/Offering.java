package com.journeycrm.offering;

import com.journeycrm.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A service in the firm's catalogue (named Offering in code so it never reads like a Spring {@code @Service}).
 */
@Entity
@Table(name = "offering")
public class Offering extends VersionedEntity {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected Offering() {}

    public Offering(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
        this.active = true;
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Retired: no longer offered, but kept on the records of clients who had it. */
    void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
