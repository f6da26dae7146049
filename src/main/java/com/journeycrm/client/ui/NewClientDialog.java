package com.journeycrm.client.ui;

import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ProfileForm;
import com.journeycrm.journey.Phase;
import com.journeycrm.journey.StageSummary;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;

/** A new client: profile, a pre-purchase stage to start in, and (for managers) the owner. */
public class NewClientDialog extends Dialog {

    @FunctionalInterface
    public interface Create {
        /** @return true when created (the dialog then closes) */
        boolean create(ProfileForm profile, long stageId, Long ownerId);
    }

    final ProfileEditor profile;
    final Select<StageSummary> stage = new Select<>();
    final ComboBox<UserSummary> owner = new ComboBox<>("Owner");

    public NewClientDialog(List<StageSummary> stages, List<UserSummary> people, CurrentUser me,
                           CallbackDataProvider.FetchCallback<ClientRef, String> clientSearch, Create onCreate) {
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
        profile.setProfile(new ProfileForm());
        profile.save.setText("Create");
        profile.addSaveListener(e -> {
            if (onCreate.create(e.profile(), stage.getValue().id(), owner.getValue() == null ? null : owner.getValue().id())) {
                close();
            }
        });
        profile.addCancelListener(e -> close());
        add(new HorizontalLayout(stage, owner), profile);
    }
}
