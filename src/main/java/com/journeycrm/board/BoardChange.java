package com.journeycrm.board;

import com.journeycrm.client.ClientChanged;
import org.jspecify.annotations.Nullable;

/**
 * What an open board needs to know about a committed client change: which columns to refresh. Also what travels
 * between app instances ({@link PostgresBoardRelay}).
 *
 * @param fromStageId the column the card was in; null for a new client
 */
public record BoardChange(
        long clientId,
        String clientName,
        @Nullable Long fromStageId,
        long toStageId,
        long byUserId,
        String byName,
        String toStageName) {

    /**
     * An admin reshaped the stages, or clients were imported: every open board rebuilds its columns. Carried as a change of no client (ids
     * start at 1), so that it travels between instances like any other.
     */
    static BoardChange stagesReshaped(long byUserId, String byName) {
        return new BoardChange(0, "", null, 0, byUserId, byName, "");
    }

    public boolean reshapesStages() {
        return clientId == 0;
    }

    /** @return null when the change does not show on a card (contacts, services) */
    static @Nullable BoardChange of(ClientChanged change) {
        return switch (change.kind()) {
            case CONTACT_ADDED, CONTACT_EDITED, SERVICES_CHANGED -> null;
            default ->
                new BoardChange(
                        change.clientId(),
                        change.clientName(),
                        change.fromStageId(),
                        change.stageId(),
                        change.byUserId(),
                        change.byName(),
                        change.stageName());
        };
    }
}
