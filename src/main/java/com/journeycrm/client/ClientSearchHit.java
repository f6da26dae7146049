package com.journeycrm.client;

/**
 * A client found by the top-bar search, with the contact that matched (null when the client's own name or
 * website did), so the user sees why it was found and who to call.
 */
public record ClientSearchHit(
        long id,
        String name,
        String stageName,
        String ownerName,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone) {

    /** What the search list shows under the client's name: its stage and owner, or the contact that matched. */
    public String detail() {
        if (contactName == null) {
            return stageName + " · " + ownerName;
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
