package com.journeycrm.admin.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.Forms;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageSettings;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;

/**
 * A new stage (with its phase) or an existing one's name, colour, quiet threshold and WIP limit. Validates at the
 * fields and fires {@link SaveEvent}; the caller runs the use case and closes it once that went through.
 */
public class StageDialog extends Dialog {

    final Select<Phase> phase = new Select<>();
    final TextField name = new TextField(getTranslation("stages.name"));
    final Select<StagePalette> colour = new Select<>();
    final IntegerField quietDays = new IntegerField(getTranslation("stages.quietDays"));
    final IntegerField wipLimit = new IntegerField(getTranslation("stages.wipLimit"));
    final Button save = new Button(getTranslation("common.save"));
    private final BeanValidationBinder<StageSettings> binder = new BeanValidationBinder<>(StageSettings.class);
    private final StageSettings settings;

    public StageDialog(StageSummary existing) {
        setHeaderTitle(
                existing == null ? getTranslation("stages.new") : getTranslation("common.edit.named", existing.name()));
        settings = existing == null ? new StageSettings() : StageSettings.of(existing);
        configureFields();
        binder.forField(name).asRequired(getTranslation("stages.name.needed")).bind("name");
        binder.forField(colour)
                .asRequired(getTranslation("stages.colour.needed"))
                .bind("colour");
        binder.forField(quietDays).bind("quietThresholdDays");
        binder.forField(wipLimit).bind("wipLimit");
        binder.readBean(settings);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Forms.write(binder, settings)) {
                fireEvent(new SaveEvent(this));
            }
        });
        var form = new FormLayout();
        if (existing == null) {
            form.add(phase);
        }
        form.add(name, colour, quietDays, wipLimit);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void configureFields() {
        phase.setLabel(getTranslation("stages.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> getTranslation(Translations.key(p)));
        phase.setValue(Phase.PRE_PURCHASE);
        phase.setHelperText(getTranslation("stages.phase.help"));
        FieldLimits.limit(name, StageSettings.NAME_MAX);
        colour.setLabel(getTranslation("stages.colour"));
        colour.setItems(StagePalette.values());
        colour.setItemLabelGenerator(c -> getTranslation(Translations.key(c)));
        colour.setRenderer(new ComponentRenderer<>(c -> {
            var swatch = new Span();
            swatch.addClassName("colour-swatch");
            swatch.getStyle().set("background", c.hex());
            var row = new Span(swatch, new Span(getTranslation(Translations.key(c))));
            row.addClassName("colour-option");
            return row;
        }));
        quietDays.setHelperText(getTranslation("stages.quietDays.help"));
        quietDays.setMin(1);
        quietDays.setMax(StageSettings.QUIET_MAX_DAYS);
        quietDays.setStepButtonsVisible(true);
        quietDays.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("stages.quietDays.min"))
                .setMaxErrorMessage(getTranslation("stages.quietDays.max", StageSettings.QUIET_MAX_DAYS))
                .setBadInputErrorMessage(getTranslation("stages.quietDays.bad")));
        wipLimit.setHelperText(getTranslation("stages.wipLimit.help"));
        wipLimit.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("stages.wipLimit.min"))
                .setMaxErrorMessage(getTranslation("stages.wipLimit.max", StageSettings.WIP_MAX))
                .setBadInputErrorMessage(getTranslation("stages.wipLimit.bad")));
        wipLimit.setMin(1);
        wipLimit.setMax(StageSettings.WIP_MAX);
    }

    public static class SaveEvent extends ComponentEvent<StageDialog> {
        SaveEvent(StageDialog source) {
            super(source, false);
        }

        public StageSettings settings() {
            return getSource().settings;
        }

        public Phase phase() {
            return getSource().phase.getValue();
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
