package com.journeycrm.client;

import static com.journeycrm.base.validation.TextRules.blankToNull;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Stage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a client comes into being — from the New client dialog, an imported row or the demo history: in its
 * first stage with that arrival recorded as a stage change from no stage, with its profile, and with its first
 * contact when one is given. Part of the caller's use case (its checks, its transaction, its event).
 */
@Component
public class ClientFactory {

    private final ClientRepository clients;
    private final ClientHistory history;
    private final ContactRepository contacts;

    ClientFactory(ClientRepository clients, ClientHistory history, ContactRepository contacts) {
        this.clients = clients;
        this.history = history;
        this.contacts = contacts;
    }

    /**
     * @param firstContact null for none
     * @param imported it came by an import (an earlier life elsewhere), not as a new prospect
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Client create(
            ClientProfile profile,
            Stage stage,
            AppUser owner,
            @Nullable ContactDetails firstContact,
            boolean imported,
            AppUser by,
            Instant at) {
        String name = profile.getName().strip();
        Client client = Client.enter(name, profile.getSource(), owner, stage, at, by);
        client.updateProfile(
                name,
                blankToNull(profile.getIndustry()),
                blankToNull(profile.getWebsite()),
                profile.getSource(),
                referrer(profile),
                blankToNull(profile.getNotes()),
                by,
                at);
        clients.save(client);
        history.arrived(client, imported, by, at);
        if (firstContact != null) {
            contacts.save(new Contact(
                    client,
                    firstContact.getName().strip(),
                    blankToNull(firstContact.getJobTitle()),
                    blankToNull(firstContact.getEmail()),
                    blankToNull(firstContact.getPhone())));
        }
        return client;
    }

    private Client referrer(ClientProfile profile) {
        return profile.getReferredBy() == null
                ? null
                : clients.findById(profile.getReferredBy().id())
                        .orElseThrow(() -> NotFoundException.of("client.referrer.gone"));
    }
}
