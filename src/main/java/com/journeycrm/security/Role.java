package com.journeycrm.security;

import java.util.List;

/** Sales, Manager, Admin (README, "Demo logins"). The string constants are for {@code @RolesAllowed}. */
public enum Role {
    SALES("Sales"),
    MANAGER("Manager"),
    ADMIN("Admin"),
    /** The app itself, for work no signed-in user does (scheduled jobs, captured email): {@link SystemActor}. */
    SYSTEM("System");

    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
