package com.journeycrm.client;

import com.journeycrm.base.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients a use case of a feature above this one works on, found within that use case's transaction (its
 * checks are its own: {@link ClientGuard} for a change of one client).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ClientFinder {

    private final ClientRepository clients;
    private final ContactRepository contacts;

    ClientFinder(ClientRepository clients, ContactRepository contacts) {
        this.clients = clients;
        this.contacts = contacts;
    }

    public Client require(long clientId) {
        return clients.findById(clientId).orElseThrow(ClientGuard::gone);
    }

    public Optional<Client> find(long clientId) {
        return clients.findById(clientId);
    }

    /** In the order they were created. */
    public List<Client> inStage(long stageId) {
        return clients.findInStage(stageId);
    }

    /** In the order they were created. */
    public List<Client> ownedBy(long userId) {
        return clients.findByOwner(userId);
    }

    /** One of the client's contacts. */
    public Contact contact(long clientId, long contactId) {
        return contacts.findById(contactId)
                .filter(c -> c.getClient().getId() == clientId)
                .orElseThrow(() -> NotFoundException.of("contact.gone"));
    }

    /** Writes the changes made so far, for a statement of the use case that depends on them. */
    public void flush() {
        clients.flush();
    }
}
