package com.journeycrm.client;

import static com.journeycrm.base.validation.TextRules.blankToNull;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.security.CurrentUserProvider;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The people at a client. An edit is based on the version the user opened; a later change by someone else wins. */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ContactService {

    private final ContactRepository contacts;
    private final ClientGuard guard;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            ClientGuard guard,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contacts = contacts;
        this.guard = guard;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContactItem> contacts(long clientId) {
        return contacts.findByClientIdOrderByActiveDescNameAsc(clientId).stream()
                .map(ContactItem::of)
                .toList();
    }

    /** Adds a contact ({@code form.getId()} null) or changes one, as of {@code form.getVersion()}. */
    @Transactional
    public void saveContact(long clientId, @Valid ContactDetails form) {
        Client client = guard.mayChange(clientId, null);
        Kind kind;
        Object before = null;
        Contact saved;
        if (form.getId() == null) {
            saved = contacts.save(new Contact(
                    client,
                    form.getName().trim(),
                    blankToNull(form.getJobTitle()),
                    blankToNull(form.getEmail()),
                    blankToNull(form.getPhone())));
            kind = Kind.CONTACT_ADDED;
        } else {
            var contact = contacts.findById(form.getId())
                    .filter(c -> c.getClient().getId() == clientId)
                    .orElseThrow(() -> NotFoundException.of("contact.gone"));
            if (form.getVersion() == null || contact.getVersion() != form.getVersion()) {
                throw ConflictException.of("conflict.changedSinceOpened", contact.getName());
            }
            before = contact.describe();
            saved = contact;
            contact.update(
                    form.getName().trim(),
                    blankToNull(form.getJobTitle()),
                    blankToNull(form.getEmail()),
                    blankToNull(form.getPhone()),
                    form.isActive());
            kind = Kind.CONTACT_EDITED;
        }
        contacts.flush();
        events.publishEvent(ClientChanged.of(
                kind,
                client,
                currentUser.require(),
                clock.instant(),
                List.of(new FieldChange("field.audit.contact", before, saved.describe()))));
    }
}
