package com.journeycrm.base;

/** A record the user asked for does not exist (any more). */
public class NotFoundException extends RuntimeException implements Refusal {

    private final Text text;

    private NotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }

    public static NotFoundException of(String key, Object... arguments) {
        return new NotFoundException(new Text(key, arguments));
    }

    @Override
    public Text text() {
        return text;
    }
}
