package com.journeycrm.security;

/** The logged-in user as services and views see it. */
public record CurrentUser(long id, String username, String displayName, Role role) {

    public boolean seesWholeTeam() {
        return role.seesWholeTeam();
    }

    /** Sales staff change only their own clients; managers and admins any. */
    public boolean mayChangeClientOwnedBy(long ownerId) {
        return seesWholeTeam() || ownerId == id;
    }
}
