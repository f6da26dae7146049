package com.journeycrm.base;

/** Someone else changed the record since the user loaded it: says who and what; nothing was saved. */
public class ConflictException extends RuntimeException implements Refusal {

    private final Text text;

    private ConflictException(Text text) {
        super(text.english());
        this.text = text;
    }

    public static ConflictException of(String key, Object... arguments) {
        return new ConflictException(new Text(key, arguments));
    }

    @Override
    public Text text() {
        return text;
    }
}
