package com.journeycrm.base;

/** A use case was refused by a business rule (e.g. an outcome is required). */
public class RuleViolationException extends RuntimeException implements Refusal {

    private final Text text;

    protected RuleViolationException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** A refusal by its message key and arguments: names, numbers, enum constants, other {@link Text}s. */
    public static RuleViolationException of(String key, Object... arguments) {
        return new RuleViolationException(new Text(key, arguments));
    }

    @Override
    public Text text() {
        return text;
    }
}
