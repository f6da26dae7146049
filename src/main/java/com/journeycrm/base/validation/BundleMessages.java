package com.journeycrm.base.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * A form field's check speaks from the same bundles as everything else ({@code validation.*} keys in
 * {@code messages*.properties}), in the language the form asks for: Vaadin's binder passes the field's locale.
 * Named in {@code META-INF/validation.xml}, so every validator factory uses it.
 */
public class BundleMessages extends ResourceBundleMessageInterpolator {

    private static final BundleMessages WORDS = new BundleMessages();

    public BundleMessages() {
        super(new PlatformResourceBundleLocator("messages"));
    }

    /**
     * A check that failed, worded again in the given language: a service's checks (and an import's) are worded in
     * the server's language when they fail.
     */
    public static String inLanguage(ConstraintViolation<?> violation, Locale language) {
        var context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("Not supported: " + type);
            }
        };
        return WORDS.interpolate(violation.getMessageTemplate(), context, language);
    }
}
