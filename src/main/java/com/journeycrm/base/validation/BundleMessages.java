package com.journeycrm.base.validation;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * A form field's check speaks from the same bundles as everything else ({@code validation.*} keys in
 * {@code messages*.properties}), in the language the form asks for: Vaadin's binder passes the field's locale.
 * Named in {@code META-INF/validation.xml}, so every validator factory uses it.
 */
public class BundleMessages extends ResourceBundleMessageInterpolator {

    public BundleMessages() {
        super(new PlatformResourceBundleLocator("messages"));
    }
}
