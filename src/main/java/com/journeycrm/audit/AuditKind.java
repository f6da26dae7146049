package com.journeycrm.audit;

/** What an audit entry records. Client kinds carry the names of {@code ClientChanged.Kind}. */
public enum AuditKind {
    CREATED("Client created"),
    MOVED("Moved"),
    MOVE_UNDONE("Move undone"),
    PROFILE_EDITED("Profile edited"),
    REASSIGNED("Reassigned"),
    HANDED_OVER("Handed over"),
    SNOOZED("Snoozed"),
    TOUCH_POINT_LOGGED("Touch point logged"),
    TOUCH_POINT_EDITED("Touch point edited"),
    TOUCH_POINT_DELETED("Touch point deleted"),
    CONTACT_ADDED("Contact added"),
    CONTACT_EDITED("Contact edited"),
    FOLLOW_UP_SCHEDULED("Follow-up scheduled"),
    FOLLOW_UP_DONE("Follow-up done"),
    SERVICES_CHANGED("Services changed"),
    IMPORTED("Clients imported"),
    USER_CREATED("User created"),
    USER_EDITED("User edited"),
    USER_DISABLED("User disabled"),
    USER_ENABLED("User enabled"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    USER_UNLOCKED("User unlocked"),
    LOGIN_FAILED("Login failed"),
    LOCKED_OUT("Locked out"),
    STAGE_ADDED("Stage added"),
    STAGE_EDITED("Stage edited"),
    STAGE_REORDERED("Stages reordered"),
    STAGE_REMOVED("Stage removed"),
    SERVICE_ADDED("Service added"),
    SERVICE_EDITED("Service edited"),
    SERVICE_RETIRED("Service retired"),
    SERVICE_REINSTATED("Service offered again");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
