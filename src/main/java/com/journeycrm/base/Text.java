package com.journeycrm.base;

import java.util.Arrays;

/**
 * A text by its message key and arguments, rendered where it is read, in the reader's language: what a refusal
 * says, an argument that is itself a word ("the reason"), a timeline entry's title. Arguments are names, numbers,
 * dates, enum constants (shown by their own key) or other texts.
 */
public record Text(String key, Object... arguments) {

    public Text {
        arguments = arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The English words, where no reader's language is at hand: logs, tests, an exception's message. */
    public String english() {
        return Translations.english(key, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && key.equals(t.key) && Arrays.equals(arguments, t.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return english();
    }
}
