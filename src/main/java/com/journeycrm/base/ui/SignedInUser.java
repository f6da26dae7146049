package com.journeycrm.base.ui;

import java.util.Locale;

/** Who is signed in, as the layout shows it; provided by the security feature. */
public interface SignedInUser {

    String displayName();

    /** The key of the user's role's name. */
    String roleKey();

    /** Remembers the language the user chose in their menu. */
    void chooseLanguage(Locale language);
}
