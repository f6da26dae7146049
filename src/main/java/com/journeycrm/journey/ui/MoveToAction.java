package com.journeycrm.journey.ui;

import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ui.ClientAction;
import com.journeycrm.client.ui.ClientTab;
import com.journeycrm.journey.MoveService;
import com.journeycrm.stage.StageService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.i18n.I18NProvider;

/** The client view's "Move to…": the board's rules and dialogs (outcome, undo) for the client shown. */
@org.springframework.stereotype.Component
class MoveToAction implements ClientAction {

    private final MoveService moves;
    private final StageService stages;

    MoveToAction(MoveService moves, StageService stages) {
        this.moves = moves;
        this.stages = stages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ClientTab.Content create(ClientTab.Actions actions) {
        var all = stages.listStages();
        var mover = new ClientMover(moves, all, id -> actions.reload(), actions::reload, actions.refusalNote());
        var button = new Button(I18NProvider.translate("journey.moveTo"));
        var shown = new ClientDetails[1];
        button.addClickListener(e -> {
            var client = shown[0];
            new MoveToDialog(
                            client.name(),
                            client.stageId(),
                            all,
                            stage -> mover.request(
                                    new ClientMover.Subject(
                                            client.id(), client.name(), client.stageId(), client.version()),
                                    stage),
                            null)
                    .open();
        });
        return new ClientTab.Content() {
            @Override
            public Component component() {
                return button;
            }

            @Override
            public void show(ClientDetails client) {
                shown[0] = client;
                button.setEnabled(client.editable());
            }
        };
    }
}
