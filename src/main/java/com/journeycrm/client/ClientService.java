package com.journeycrm.client;

import com.journeycrm.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases around one client: its profile, contacts, touch points, follow-ups and services. */
@Service
@PreAuthorize("isAuthenticated()")
public class ClientService {

    private final ClientRepository clients;

    ClientService(ClientRepository clients) {
        this.clients = clients;
    }

    @Transactional(readOnly = true)
    public ClientCard card(long clientId) {
        return clients.findCard(clientId).orElseThrow(() -> new NotFoundException("That client no longer exists."));
    }
}
