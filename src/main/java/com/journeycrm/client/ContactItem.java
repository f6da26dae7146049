package com.journeycrm.client;

/** A contact as lists and selectors show it. */
public record ContactItem(
        long id, String name, String jobTitle, String email, String phone, boolean active, long version) {

    public static ContactItem of(Contact c) {
        return new ContactItem(
                c.getId(), c.getName(), c.getJobTitle(), c.getEmail(), c.getPhone(), c.isActive(), c.getVersion());
    }

    @Override
    public String toString() {
        return active ? name : name + " (left)";
    }
}
