package com.journeycrm.base;

/**
 * Someone else changed the record since the user loaded it. The message says who and what, in words
 * fit for a notification; nothing was saved.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
