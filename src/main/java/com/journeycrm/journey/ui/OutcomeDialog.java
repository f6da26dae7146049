package com.journeycrm.journey.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.journey.Outcome;
import com.journeycrm.journey.StageChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Asks for the outcome (and an optional reason) of a move that records one: leaving Deciding, entering
 * Not now / Lost / a former-client stage. Cancel moves nothing, so the card stays where it was.
 */
public class OutcomeDialog extends Dialog {

    /** What to do with the user's answer. */
    @FunctionalInterface
    public interface Confirmed {
        void accept(Outcome outcome, String reason);
    }

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea reason = new TextArea("Reason (optional)");
    final Button confirm = new Button("Move");
    final Button cancel = new Button("Cancel");

    public OutcomeDialog(String clientName, String fromStage, String toStage, List<Outcome> choices,
                         Confirmed onConfirm) {
        setHeaderTitle("Move " + clientName + " to " + toStage);
        setCloseOnOutsideClick(false);

        outcome.setItems(choices);
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setValue(choices.getFirst());
        outcome.setRequiredIndicatorVisible(true);
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        FieldLimits.limit(reason, StageChange.REASON_MAX);
        reason.setHelperText("Up to " + StageChange.REASON_MAX + " characters");
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        reason.setWidthFull();

        var body = new VerticalLayout(new Paragraph("Leaving " + fromStage + ": how did it turn out?"), outcome, reason);
        body.setPadding(false);
        add(body);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (outcome.isEmpty()) {
                outcome.setInvalid(true);
                outcome.setErrorMessage("Choose an outcome");
                return;
            }
            close();
            onConfirm.accept(outcome.getValue(), reason.getValue());
        });
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }
}
