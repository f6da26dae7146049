package com.journeycrm.client.ui;

import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** A new client: profile, a pre-purchase stage to start in, and (for managers) the owner. */
public class NewClientDialog extends Dialog {

    final ProfileEditor profile;
    final Select<StageSummary> stage = new Select<>();
    final ComboBox<UserSummary> owner = new ComboBox<>("Owner");

    public NewClientDialog(List<StageSummary> stages, List<UserSummary> people, CurrentUser me,
                           CallbackDataProvider.FetchCallback<ClientRef, String> clientSearch) {
        setHeaderTitle("New client");
        setWidth("min(760px, 95vw)");
        var prospects = stages.stream().filter(s -> s.phase() == Phase.PRE_PURCHASE).toList();
        stage.setLabel("Starts in");
        stage.setItems(prospects);
        stage.setItemLabelGenerator(StageSummary::name);
        stage.setValue(prospects.getFirst());
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        people.stream().filter(p -> p.id() == me.id()).findFirst().ifPresent(owner::setValue);
        owner.setVisible(me.seesWholeTeam());
        profile = new ProfileEditor(clientSearch);
        profile.setProfile(new ClientProfile());
        profile.save.setText("Create");
        profile.addSaveListener(e -> fireEvent(new CreateEvent(this, e.profile(), stage.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id())));
        profile.addCancelListener(e -> close());
        add(new HorizontalLayout(stage, owner), profile);
    }

    /** Valid input for a new client; the caller creates it and closes the dialog once it went through. */
    public static class CreateEvent extends ComponentEvent<NewClientDialog> {
        private final ClientProfile profile;
        private final long stageId;
        private final Long ownerId;

        CreateEvent(NewClientDialog source, ClientProfile profile, long stageId, Long ownerId) {
            super(source, false);
            this.profile = profile;
            this.stageId = stageId;
            this.ownerId = ownerId;
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
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
