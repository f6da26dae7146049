package com.journeycrm.client;

/**
 * A client found by the top-bar search, with the contact that matched (null when the client's own name or
 * website did), so the user sees why it was found and who to call.
 */
public record ClientSearchHit(
        long id,
        String name,
        String stageName,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone) {

    /** What the search list shows under the client's name. */
    public String detail() {
        if (contactName == null) {
            return website == null ? stageName : stageName + " · " + website;
        }
        var text = new StringBuilder(contactName);
        if (contactEmail != null) {
            text.append(" · ").append(contactEmail);
        }
        if (contactPhone != null) {
            text.append(" · ").append(contactPhone);
        }
        return text.toString();
    }
}
