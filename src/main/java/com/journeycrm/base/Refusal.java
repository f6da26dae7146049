package com.journeycrm.base;

/**
 * What a refused use case says, in the reader's language: a {@link Text} (a message key and its arguments),
 * rendered where it is shown ({@code Attempt}, in the user's language). The exception's own message is the English
 * text, for logs and tests.
 */
public interface Refusal {

    Text text();
}
