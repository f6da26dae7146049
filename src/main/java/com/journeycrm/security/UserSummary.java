package com.journeycrm.security;

/** A user as lists and selectors show it. */
public record UserSummary(long id, String username, String displayName, Role role) {

    @Override
    public String toString() {
        return displayName;
    }
}
