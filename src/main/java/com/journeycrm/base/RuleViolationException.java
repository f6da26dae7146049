package com.journeycrm.base;

/** A use case was refused by a business rule (e.g. an outcome is required). The message is safe to show. */
public class RuleViolationException extends RuntimeException {
    public RuleViolationException(String message) {
        super(message);
    }
}
