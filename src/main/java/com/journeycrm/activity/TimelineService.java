package com.journeycrm.activity;

import com.journeycrm.base.Text;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientFinder;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.StageChange;
import com.journeycrm.journey.StageHistory;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's timeline: its touch points and stage changes, newest first, a page at a time. */
@Service
@PreAuthorize("isAuthenticated()")
public class TimelineService {

    /** A timeline is read a page at a time; beyond this many entries the oldest are not paged to. */
    static final int TIMELINE_MAX = 2_000;

    private final ClientFinder clients;
    private final TouchPointRepository touchPoints;
    private final StageHistory history;
    private final CurrentUserProvider currentUser;

    TimelineService(
            ClientFinder clients,
            TouchPointRepository touchPoints,
            StageHistory history,
            CurrentUserProvider currentUser) {
        this.clients = clients;
        this.touchPoints = touchPoints;
        this.history = history;
        this.currentUser = currentUser;
    }

    /**
     * The client's touch points (of the given types) and, optionally, its stage changes, newest first.
     * Both lists are read sorted from their indexes and merged; only offset + limit rows of each are read.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(
            long clientId, Set<TouchPointType> types, boolean stageChangesToo, int offset, int limit) {
        int needed = Math.min(offset + limit, TIMELINE_MAX);
        CurrentUser me = currentUser.require();
        Client client = clients.require(clientId);
        boolean mayChangeClient = me.mayChangeClientOwnedBy(client.getOwner().getId());
        List<TimelineEntry> merged = new ArrayList<>();
        if (!types.isEmpty()) {
            for (TouchPoint t : touchPoints.findTimeline(clientId, types, PageRequest.of(0, needed))) {
                boolean editable =
                        mayChangeClient && (me.seesWholeTeam() || t.getAuthor().getId() == me.id());
                merged.add(TimelineEntry.touchPoint(
                        t.getOccurredAt(),
                        t.getId(),
                        t.getType(),
                        t.getDirection(),
                        t.getSummary(),
                        t.getNotes(),
                        t.getAuthor().getDisplayName(),
                        t.getContact() == null ? null : t.getContact().getName(),
                        editable));
            }
        }
        if (stageChangesToo) {
            for (StageChange sc : history.latest(clientId, needed)) {
                merged.add(TimelineEntry.stageChange(
                        sc.getChangedAt(),
                        headline(sc),
                        sc.getOutcome(),
                        sc.getReason(),
                        sc.getChangedBy().getDisplayName()));
            }
        }
        if (stageChangesToo && client.getSnoozedAt() != null) {
            // the snooze in force (or run out without contact): who gave it, when, until when and why
            // first in the list, so that the stable sort shows it above anything at the same instant
            merged.addFirst(TimelineEntry.snooze(
                    client.getSnoozedAt(),
                    client.getSnoozedUntil(),
                    client.getSnoozeReason(),
                    client.getModifiedBy().getDisplayName()));
        }
        merged.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return merged.subList(Math.min(offset, merged.size()), Math.min(needed, merged.size()));
    }

    @Transactional(readOnly = true)
    public int timelineCount(long clientId, Set<TouchPointType> types, boolean stageChangesToo) {
        long snoozes = stageChangesToo
                        && clients.find(clientId).map(Client::getSnoozedAt).isPresent()
                ? 1
                : 0;
        long count = (types.isEmpty() ? 0 : touchPoints.countByClientIdAndTypeIn(clientId, types))
                + (stageChangesToo ? history.count(clientId) : 0)
                + snoozes;
        return (int) Math.min(count, TIMELINE_MAX);
    }

    private static Text headline(StageChange sc) {
        if (sc.getFromStage() == null) {
            return new Text(
                    sc.isImported() ? "activity.timeline.imported" : "activity.timeline.added",
                    sc.getToStage().getName());
        }
        return sc.getUndoOf() != null
                ? new Text("activity.timeline.undo", sc.getToStage().getName())
                : new Text(
                        "activity.timeline.moved",
                        sc.getFromStage().getName(),
                        sc.getToStage().getName());
    }
}
