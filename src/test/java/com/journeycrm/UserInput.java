package com.journeycrm;

import com.vaadin.flow.component.AbstractField;
import java.lang.reflect.Method;

/**
 * A value typed or ticked by the user, as the browser reports it: the value change says "from client", which
 * listeners that react only to the user rely on. (Karibu's {@code _setValue} calls a method Vaadin 25.2 no longer
 * has; this calls the one a browser round trip ends in.)
 */
public final class UserInput {

    private static final Method SET_MODEL_VALUE;

    static {
        try {
            SET_MODEL_VALUE = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            SET_MODEL_VALUE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UserInput() {}

    public static <V> void enter(AbstractField<?, V> field, V value) {
        if (!field.isEnabled() || field.isReadOnly() || !field.isVisible()) {
            throw new IllegalStateException(field + " cannot take input: disabled, read-only or hidden");
        }
        try {
            SET_MODEL_VALUE.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
