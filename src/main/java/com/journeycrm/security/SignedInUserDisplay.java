package com.journeycrm.security;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.SignedInUser;
import org.springframework.stereotype.Component;

/** The signed-in user's name and role for the main layout. */
@Component
class SignedInUserDisplay implements SignedInUser {

    private final CurrentUserProvider currentUser;

    SignedInUserDisplay(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String displayName() {
        return currentUser.require().displayName();
    }

    @Override
    public String roleKey() {
        return Translations.key(currentUser.require().role());
    }
}
