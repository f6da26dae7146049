package com.journeycrm.security;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.SignedInUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The signed-in user's name, role and language for the main layout. */
@Component
class SignedInUserDisplay implements SignedInUser {

    private final CurrentUserProvider currentUser;
    private final UserService users;

    SignedInUserDisplay(CurrentUserProvider currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void chooseLanguage(Locale language) {
        users.chooseLanguage(language);
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
