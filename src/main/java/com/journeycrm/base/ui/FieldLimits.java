package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text field's length limit in the browser, with the same message the form bean's {@code @Size} gives: the
 * browser stops typing at the limit, and a longer value (pasted by script, or sent by a tampered browser) is
 * refused at the field before any format check runs.
 */
public final class FieldLimits {

    private FieldLimits() {}

    /** "At most 5,000 characters", in the field's user's language. */
    public static String message(Component field, int max) {
        return field.getTranslation("common.atMost", max);
    }

    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(message(field, max)));
        return field;
    }

    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message(field, max)));
        return field;
    }

    public static EmailField limit(EmailField field, int max) {
        field.setMaxLength(max);
        // the browser's own check of the address's form gets words too: without them the field turned red, silently
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(message(field, max))
                .setPatternErrorMessage(field.getTranslation("validation.email")));
        return field;
    }
}
