package com.journeycrm.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientOfferingRepository extends JpaRepository<ClientOffering, ClientOffering.Key> {

    List<ClientOffering> findByIdClientId(long clientId);
}
