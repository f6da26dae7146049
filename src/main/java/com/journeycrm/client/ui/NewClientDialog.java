package com.journeycrm.client.ui;

import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ContactDetails;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A new client: profile (focus on its name), a pre-purchase stage to start in, for managers the owner, and
 * optionally the first person to talk to. Validates and fires {@link CreateEvent}; the caller creates the client
 * and closes the dialog once that went through.
 */
public class NewClientDialog extends Dialog {

    final ProfileEditor profile;
    final Select<StageSummary> stage = new Select<>();
    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("client.new.owner"));
    final ContactFields contact = new ContactFields(new ContactDetails());
    final Details contactSection = new Details(getTranslation("client.new.firstContact"), contact);

    public NewClientDialog(
            List<StageSummary> stages,
            List<UserSummary> people,
            CurrentUser me,
            CallbackDataProvider.FetchCallback<ClientRef, String> clientSearch) {
        setHeaderTitle(getTranslation("client.new.title"));
        setWidth("min(760px, 95vw)");
        var prospects =
                stages.stream().filter(s -> s.phase() == Phase.PRE_PURCHASE).toList();
        stage.setLabel(getTranslation("client.new.stage"));
        stage.setItems(prospects);
        stage.setItemLabelGenerator(StageSummary::name);
        stage.setValue(prospects.getFirst());
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        people.stream().filter(p -> p.id() == me.id()).findFirst().ifPresent(owner::setValue);
        owner.setVisible(me.seesWholeTeam());
        profile = new ProfileEditor(clientSearch);
        profile.setProfile(new ClientProfile());
        profile.save.setText(getTranslation("client.new.create"));
        profile.name.setAutofocus(true);
        profile.addSaveListener(e -> create(e.profile()));
        profile.addCancelListener(e -> close());
        add(profile, new FormLayout(stage, owner), contactSection);
        getFooter().add(profile.cancel, profile.save);
    }

    /** The profile is valid; the first contact must be too, when the user started one. */
    private void create(ClientProfile client) {
        ContactDetails first = null;
        if (!contact.isEmpty()) {
            first = new ContactDetails();
            if (!contact.writeIfValid(first)) {
                contactSection.setOpened(true);
                return;
            }
        }
        fireEvent(new CreateEvent(
                this,
                client,
                stage.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(),
                first));
    }

    /** Valid input for a new client; the caller creates it and closes the dialog once it went through. */
    public static class CreateEvent extends ComponentEvent<NewClientDialog> {
        private final ClientProfile profile;
        private final long stageId;
        private final Long ownerId;
        private final ContactDetails firstContact;

        CreateEvent(
                NewClientDialog source,
                ClientProfile profile,
                long stageId,
                Long ownerId,
                ContactDetails firstContact) {
            super(source, false);
            this.profile = profile;
            this.stageId = stageId;
            this.ownerId = ownerId;
            this.firstContact = firstContact;
        }

        public ClientProfile profile() {
            return profile;
        }

        public long stageId() {
            return stageId;
        }

        public Long ownerId() {
            return ownerId;
        }

        /** Null when the user left the contact empty. */
        public ContactDetails firstContact() {
            return firstContact;
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
