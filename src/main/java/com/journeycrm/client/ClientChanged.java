package com.journeycrm.client;

import com.journeycrm.base.Text;
import com.journeycrm.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published for every change of a client, by the use case that made it; listeners that act on it (open boards,
 * other instances) do so after the transaction commits, so nobody sees a change that was rolled back.
 *
 * @param fromStageId the stage before the change: the same as {@code stageId} unless the client moved, null for a
 *                    new client
 * @param changes     for edits, each field's old and new value; empty otherwise
 */
public record ClientChanged(
        Kind kind,
        long clientId,
        String clientName,
        @Nullable Long fromStageId,
        long stageId,
        String stageName,
        long byUserId,
        String byName,
        Instant at,
        List<FieldChange> changes) {

    public enum Kind {
        CREATED,
        MOVED,
        MOVE_UNDONE,
        PROFILE_EDITED,
        REASSIGNED,
        HANDED_OVER,
        SNOOZED,
        TOUCH_POINT_LOGGED,
        TOUCH_POINT_EDITED,
        TOUCH_POINT_DELETED,
        CONTACT_ADDED,
        CONTACT_EDITED,
        FOLLOW_UP_SCHEDULED,
        FOLLOW_UP_DONE,
        FOLLOW_UP_REPLANNED,
        SERVICES_CHANGED
    }

    /** One edited field: its name as the user knows it, the value before and after (null when empty). */
    /**
     * A field by its key ({@code field.audit.*}) with its old and new value: a user's text, or a typed value (an enum
     * constant, an instant, a {@code Text}) the reader words.
     */
    public record FieldChange(
            Text field, @Nullable Object before, @Nullable Object after) {

        public FieldChange(String fieldKey, @Nullable Object before, @Nullable Object after) {
            this(new Text(fieldKey), before, after);
        }
    }

    public ClientChanged {
        changes = List.copyOf(changes);
    }

    public boolean moved() {
        return fromStageId == null || fromStageId != stageId;
    }

    public static ClientChanged of(Kind kind, Client client, CurrentUser by, Instant at, List<FieldChange> changes) {
        long stage = client.getStage().getId();
        return new ClientChanged(
                kind,
                client.getId(),
                client.getName(),
                kind == Kind.CREATED ? null : stage,
                stage,
                client.getStage().getName(),
                by.id(),
                by.displayName(),
                at,
                changes);
    }

    public static ClientChanged of(Kind kind, Client client, CurrentUser by, Instant at) {
        return of(kind, client, by, at, List.of());
    }
}
