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
    private final StageChangeRepository stageChanges;
    private final ContactRepository contacts;
    private final TouchPointRepository touchPoints;
    private final TouchPointDays days;

    ClientFactory(
            ClientRepository clients,
            StageChangeRepository stageChanges,
            ContactRepository contacts,
            TouchPointRepository touchPoints,
            TouchPointDays days) {
        this.clients = clients;
        this.stageChanges = stageChanges;
        this.contacts = contacts;
        this.touchPoints = touchPoints;
        this.days = days;
    }

    /** The last contact before the client was entered here (from another system), kept as a touch point. */
    public record EarlierTouch(Instant at, String summary) {}

    /**
     * @param firstContact null for none
     * @param how how it came without an earlier stage, shown in its history (e.g. "Imported"); null when created
     * @param earlier null for none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Client create(
            ClientProfile profile,
            Stage stage,
            AppUser owner,
            @Nullable ContactDetails firstContact,
            @Nullable String how,
            @Nullable EarlierTouch earlier,
            AppUser by,
            Instant at) {
        String name = profile.getName().strip();
        var arrival = Client.enter(name, profile.getSource(), owner, stage, at, by, how);
        Client client = arrival.client();
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
        stageChanges.save(arrival.firstStage());
        if (firstContact != null) {
            contacts.save(new Contact(
                    client,
                    firstContact.getName().strip(),
                    blankToNull(firstContact.getJobTitle()),
                    blankToNull(firstContact.getEmail()),
                    blankToNull(firstContact.getPhone())));
        }
        if (earlier != null) {
            var touch = touchPoints.save(new TouchPoint(
                    client,
                    TouchPointType.OTHER,
                    Direction.OUTBOUND,
                    earlier.at(),
                    earlier.summary(),
                    null,
                    by,
                    null,
                    stage));
            days.added(touch);
            client.recordTouch(TouchPointType.OTHER, earlier.at());
        }
        return client;
    }

    private Client referrer(ClientProfile profile) {
        return profile.getReferredBy() == null
                ? null
                : clients.findById(profile.getReferredBy().id())
                        .orElseThrow(() -> new NotFoundException("The referring client no longer exists."));
    }
}
