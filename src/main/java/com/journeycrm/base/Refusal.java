package com.journeycrm.base;

import org.jspecify.annotations.Nullable;

/**
 * What a refused use case says, in the reader's language: a message key and its arguments, rendered where it is
 * shown ({@code Attempt}, in the user's language). The exception's own message is the English text, for logs and
 * tests. Refusals still written as sentences have no key (null) and show their message as it is.
 */
public interface Refusal {

    @Nullable
    String key();

    Object[] arguments();
}
