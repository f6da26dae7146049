package com.journeycrm.security;

import java.util.List;

/** Sales, Manager, Admin (README, "Demo logins"). The string constants are for {@code @RolesAllowed}. */
public enum Role {
    SALES,
    MANAGER,
    ADMIN,
    /** The app itself, for work no signed-in user does (scheduled jobs, captured email): {@link SystemActor}. */
    SYSTEM;

    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles a person can have (an admin's choices). */
    public static List<Role> assignable() {
        return List.of(SALES, MANAGER, ADMIN);
    }

    /** Managers and admins act on every client; sales staff only on their own. */
    public boolean seesWholeTeam() {
        return this != SALES;
    }
}
