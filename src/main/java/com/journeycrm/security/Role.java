package com.journeycrm.security;

/** Sales, Manager, Admin (README, "Demo logins"). The string constants are for {@code @RolesAllowed}. */
public enum Role {
    SALES("Sales"),
    MANAGER("Manager"),
    ADMIN("Admin");

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

    /** Managers and admins act on every client; sales staff only on their own. */
    public boolean seesWholeTeam() {
        return this != SALES;
    }
}
