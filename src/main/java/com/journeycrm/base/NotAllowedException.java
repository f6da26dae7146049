package com.journeycrm.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * The user's role or ownership does not allow the change, said with the reason ("… belongs to Sam Sales"). An
 * {@link AccessDeniedException}, so Spring Security treats it as one.
 */
public class NotAllowedException extends AccessDeniedException implements Refusal {

    private final Text text;

    private NotAllowedException(Text text) {
        super(text.english());
        this.text = text;
    }

    public static NotAllowedException of(String key, Object... arguments) {
        return new NotAllowedException(new Text(key, arguments));
    }

    @Override
    public Text text() {
        return text;
    }
}
