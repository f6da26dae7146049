package com.journeycrm.base;

/** A record the user asked for does not exist (any more). The message is safe to show. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
