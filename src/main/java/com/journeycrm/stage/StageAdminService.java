package com.journeycrm.stage;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An admin shapes the journey: renames, recolours, retunes, reorders within a phase, adds and removes stages.
 * Phases and kinds never change, so every recorded outcome keeps its meaning: a new stage is an ordinary step,
 * and the stages whose kind carries a rule (Deciding, Active engagement, Not now, Lost, the former-client stages)
 * can be renamed but not removed. Open boards follow at once ({@link StagesChanged}).
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class StageAdminService {

    private final StageRepository stages;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StageAdminService(
            StageRepository stages, CurrentUserProvider currentUser, AuditLog audit, ApplicationEventPublisher events) {
        this.stages = stages;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public long clientsIn(long stageId) {
        return stages.countClientsIn(stageId);
    }

    @Transactional
    public StageSummary add(Phase phase, @Valid StageSettings settings) {
        var all = stages.lockAll();
        String name = freeName(settings.getName(), null);
        int last = all.stream()
                .filter(s -> s.getPhase() == phase)
                .mapToInt(Stage::getPosition)
                .max()
                .orElseGet(() -> all.stream()
                        .filter(s -> s.getPhase().ordinal() < phase.ordinal())
                        .mapToInt(Stage::getPosition)
                        .max()
                        .orElse(0));
        var stage = stages.save(new Stage(
                name,
                phase,
                StageKind.STANDARD,
                last + 1,
                settings.getColour().hex(),
                settings.getQuietThresholdDays(),
                settings.getWipLimit()));
        if (all.stream().anyMatch(s -> s.getPosition() == last + 1)) {
            renumber(all, stage);
        }
        stages.flush();
        changed(AuditKind.STAGE_ADDED, name, List.of(describe(phase, stage)), null);
        return stage.toSummary();
    }

    @Transactional
    public StageSummary update(long stageId, long expectedVersion, @Valid StageSettings settings) {
        stages.lockAll();
        Stage stage = current(stageId, expectedVersion);
        String name = freeName(settings.getName(), stageId);
        String colour = settings.getColour() != null ? settings.getColour().hex() : stage.getColour();
        var changes = new ArrayList<Text>();
        note(changes, "field.audit.name", stage.getName(), name);
        note(changes, "field.audit.colour", stage.getColour(), colour);
        note(changes, "field.audit.quietDays", stage.getQuietThresholdDays(), settings.getQuietThresholdDays());
        note(changes, "field.audit.wipLimit", stage.getWipLimit(), settings.getWipLimit());
        boolean retuned = !Objects.equals(stage.getQuietThresholdDays(), settings.getQuietThresholdDays());
        String before = stage.getName();
        stage.reshape(name, colour, settings.getQuietThresholdDays(), settings.getWipLimit());
        stages.flush();
        if (!changes.isEmpty()) {
            changed(AuditKind.STAGE_EDITED, before, changes, retuned ? stage : null);
        }
        return stage.toSummary();
    }

    /** One place earlier or later among the stages of its phase. */
    @Transactional
    public void reorder(long stageId, boolean earlier) {
        var all = new ArrayList<>(
                stages.lockAll().stream().filter(s -> !s.isRetired()).toList());
        Stage stage = all.stream().filter(s -> s.getId() == stageId).findFirst().orElseThrow(StageAdminService::gone);
        var phase = all.stream().filter(s -> s.getPhase() == stage.getPhase()).toList();
        int at = phase.indexOf(stage);
        int to = earlier ? at - 1 : at + 1;
        if (to < 0 || to >= phase.size()) {
            throw RuleViolationException.of(
                    earlier ? "stage.reorder.first" : "stage.reorder.last", stage.getName(), stage.getPhase());
        }
        Stage other = phase.get(to);
        int position = stage.getPosition();
        stage.placeAt(other.getPosition());
        other.placeAt(position);
        changed(
                AuditKind.STAGE_REORDERED,
                stage.getName(),
                List.of(new Text(
                        earlier ? "audit.stage.before" : "audit.stage.after", stage.getName(), other.getName())),
                null);
    }

    /**
     * Refused while clients are in it (move them first: {@code MoveAllService}). A stage that clients passed
     * through is retired, so their history still names it; one never used is deleted.
     */
    @Transactional
    public void remove(long stageId) {
        var all = stages.lockAll();
        Stage stage = all.stream()
                .filter(s -> s.getId() == stageId && !s.isRetired())
                .findFirst()
                .orElseThrow(StageAdminService::gone);
        var refusal = StageRemoval.refusal(
                stage.toSummary(),
                all.stream().filter(s -> !s.isRetired()).map(Stage::toSummary).toList());
        if (refusal.isPresent()) {
            throw RuleViolationException.of(refusal.get().key(), refusal.get().arguments());
        }
        long clients = stages.countClientsIn(stageId);
        if (clients > 0) {
            throw RuleViolationException.of("stage.remove.hasClients", stage.getName(), clients);
        }
        if (stages.countMovesThrough(stageId) == 0) {
            stages.delete(stage);
        } else {
            stage.retire();
        }
        changed(
                AuditKind.STAGE_REMOVED,
                stage.getName(),
                List.of(new Text("audit.stage.phase", stage.getPhase())),
                null);
    }

    private Stage current(long stageId, long expectedVersion) {
        Stage stage = stages.findById(stageId).filter(s -> !s.isRetired()).orElseThrow(StageAdminService::gone);
        if (stage.getVersion() != expectedVersion) {
            throw ConflictException.of("conflict.changedSinceOpened", stage.getName());
        }
        return stage;
    }

    private String freeName(String typed, Long self) {
        String name = typed.strip();
        boolean taken =
                self == null ? stages.existsByNameIgnoreCase(name) : stages.existsByNameIgnoreCaseAndIdNot(name, self);
        if (taken) {
            throw RuleViolationException.of("stage.name.taken", name);
        }
        return name;
    }

    /** Positions 10, 20, 30… in phase order, when a new stage found no free position at the end of its phase. */
    private void renumber(List<Stage> all, Stage added) {
        var ordered = new ArrayList<>(all);
        ordered.add(added);
        ordered.sort(Comparator.comparing((Stage s) -> s.getPhase().ordinal()).thenComparing(Stage::getPosition));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt((i + 1) * 10);
        }
    }

    private void changed(AuditKind kind, String subject, List<Text> detail, Stage retuned) {
        CurrentUser me = currentUser.require();
        audit.record(kind, new AuditLog.Actor(me.id(), me.displayName()), null, subject, detail);
        events.publishEvent(new StagesChanged(
                me.id(),
                me.displayName(),
                retuned == null ? null : retuned.getId(),
                retuned == null ? null : retuned.getQuietThresholdDays()));
    }

    private static void note(List<Text> changes, String fieldKey, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(AuditLog.change(fieldKey, before, after));
        }
    }

    private static Text describe(Phase phase, Stage s) {
        return new Text(
                "audit.stage.added",
                phase,
                s.getColour(),
                s.getQuietThresholdDays() == null
                        ? new Text("audit.stage.neverQuiet")
                        : new Text("audit.stage.quietAfter", s.getQuietThresholdDays()),
                s.getWipLimit() == null ? new Text("audit.stage.noLimit") : s.getWipLimit());
    }

    private static NotFoundException gone() {
        return NotFoundException.of("stage.gone");
    }
}
