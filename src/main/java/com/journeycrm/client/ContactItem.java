package com.journeycrm.client;

/** A contact as lists and selectors show it. */
public record ContactItem(
        long id, String name, String jobTitle, String email, String phone, boolean active, long version) {

    @Override
    public String toString() {
        return active ? name : name + " (left)";
    }
}
