package com.journeycrm.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A service in the firm's catalogue (named Offering in code so it never reads like a Spring {@code @Service}).
 */
@Entity
@Table(name = "offering")
public class Offering {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Offering() {
    }

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

    public long getVersion() {
        return version;
    }

    public int getPosition() {
        return position;
    }

    public Long getId() {
        return id;
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Offering other && id != null && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return Offering.class.hashCode();
    }
}
