package com.journeycrm.journey.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The keyboard (and no-drag) way to move a client: one button per stage, grouped by phase, the current
 * stage disabled. Choosing a stage takes the same path as a drop on the board.
 */
public class MoveToDialog extends Dialog {

    public MoveToDialog(
            String clientName,
            long currentStageId,
            List<StageSummary> stages,
            Consumer<StageSummary> onChoose,
            Runnable onOpen) {
        setHeaderTitle(getTranslation("journey.moveTo.title", clientName));
        var body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        for (Phase phase : Phase.values()) {
            var inPhase = stages.stream().filter(s -> s.phase() == phase).toList();
            if (inPhase.isEmpty()) {
                continue;
            }
            var buttons = new Div();
            buttons.addClassName("move-to-buttons");
            for (StageSummary stage : inPhase) {
                var button = new Button(stage.name(), e -> {
                    close();
                    onChoose.accept(stage);
                });
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.setEnabled(stage.id() != currentStageId);
                buttons.add(button);
            }
            body.add(new H4(getTranslation(Translations.key(phase))), buttons);
        }
        add(body);
        if (onOpen != null) {
            var open = new Button(getTranslation("journey.moveTo.openClient"), e -> {
                close();
                onOpen.run();
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(open);
        }
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel);
    }
}
