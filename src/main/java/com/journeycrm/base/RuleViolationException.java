package com.journeycrm.base;

import org.jspecify.annotations.Nullable;

/** A use case was refused by a business rule (e.g. an outcome is required). Its text is safe to show. */
public class RuleViolationException extends RuntimeException implements Refusal {

    private final @Nullable String key;
    private final Object[] arguments;

    /** A refusal still written as an English sentence (being replaced by {@link #of}). */
    public RuleViolationException(String message) {
        super(message);
        this.key = null;
        this.arguments = new Object[0];
    }

    private RuleViolationException(String key, Object[] arguments) {
        super(Translations.english(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A refusal by its message key and arguments: names, numbers, enum constants (shown by their own key). */
    public static RuleViolationException of(String key, Object... arguments) {
        return new RuleViolationException(key, arguments);
    }

    @Override
    public @Nullable String key() {
        return key;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
