package com.journeycrm.base.ui;

/** Who is signed in, as the layout shows it; provided by the security feature. */
public interface SignedInUser {

    String displayName();

    /** The key of the user's role's name. */
    String roleKey();
}
