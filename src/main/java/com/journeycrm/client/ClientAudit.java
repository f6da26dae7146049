package com.journeycrm.client;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.Text;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every client change into the audit trail. A plain (not after-commit) listener: the entry is written in the
 * transaction of the change, so it commits or rolls back with it.
 */
@Component
class ClientAudit {

    private final AuditLog audit;

    ClientAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ClientChanged change) {
        List<Text> detail = change.kind() == ClientChanged.Kind.CREATED
                ? List.of(AuditLog.change("field.audit.stage", null, change.stageName()))
                : change.changes().stream()
                        .map(c -> AuditLog.change(c.field(), c.before(), c.after()))
                        .toList();
        audit.record(
                change.at(),
                AuditKind.valueOf(change.kind().name()),
                new AuditLog.Actor(change.byUserId(), change.byName()),
                change.clientId(),
                change.clientName(),
                detail);
    }
}
