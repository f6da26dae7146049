package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;

/** What every form does on Save. */
public final class Forms {

    private Forms() {}

    /**
     * Writes the form into the bean if every field is valid; otherwise leaves the bean as it was and takes the user
     * to the first field that says what is wrong — scrolled into view and focused, so that an error below a long
     * text is not missed.
     */
    public static <T> boolean write(Binder<T> binder, T bean) {
        if (binder.writeBeanIfValid(bean)) {
            return true;
        }
        binder.validate().getFieldValidationErrors().stream()
                .map(BindingValidationStatus::getField)
                .filter(Component.class::isInstance)
                .map(Component.class::cast)
                .findFirst()
                .ifPresent(field -> {
                    field.scrollIntoView();
                    if (field instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                });
        return false;
    }
}
