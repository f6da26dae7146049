package com.journeycrm.offering;

import com.journeycrm.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Per client and service: has it bought it, does it know we offer it. */
@Entity
@Table(name = "client_offering")
public class ClientOffering extends AbstractEntity<ClientOffering.Key> {

    @Embeddable
    public record Key(
            @Column(name = "client_id") Long clientId,
            @Column(name = "offering_id") Long offeringId) implements Serializable {}

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private boolean bought;

    @Column(nullable = false)
    private boolean aware;

    protected ClientOffering() {}

    public ClientOffering(long clientId, long offeringId, boolean bought, boolean aware) {
        this.id = new Key(clientId, offeringId);
        set(bought, aware);
    }

    /** Having bought a service implies knowing about it. */
    public void set(boolean bought, boolean aware) {
        this.bought = bought;
        this.aware = aware || bought;
    }

    @Override
    public Key getId() {
        return id;
    }

    public boolean isBought() {
        return bought;
    }

    public boolean isAware() {
        return aware;
    }
}
