package com.journeycrm.offering;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.security.CurrentUserProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's catalogue of services, as an admin keeps it: add, rename, retire (and offer again). A retired service
 * stays on the records of clients who bought or knew of it, but is no longer offered to anyone else.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogueService {

    private final OfferingRepository offerings;
    private final ClientOfferingRepository links;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;

    CatalogueService(
            OfferingRepository offerings,
            ClientOfferingRepository links,
            CurrentUserProvider currentUser,
            AuditLog audit) {
        this.offerings = offerings;
        this.links = links;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CatalogueItem> catalogue() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : links.countsPerOffering()) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return offerings.findAllByOrderByPositionAsc().stream()
                .map(o -> {
                    long[] c = counts.getOrDefault(o.getId(), new long[2]);
                    return new CatalogueItem(
                            o.getId(), o.getName(), o.getDescription(), o.isActive(), c[0], c[1], o.getVersion());
                })
                .toList();
    }

    @Transactional
    public long add(String name, String description) {
        String n = name(name, null);
        String d = description(description);
        int last = offerings.findAllByOrderByPositionAsc().stream()
                .mapToInt(Offering::getPosition)
                .max()
                .orElse(0);
        var offering = offerings.saveAndFlush(new Offering(n, d, last + 10));
        record(
                AuditKind.SERVICE_ADDED,
                n,
                d == null ? List.of() : List.of(AuditLog.change("field.audit.description", null, d)));
        return offering.getId();
    }

    @Transactional
    public void update(long offeringId, long expectedVersion, String name, String description) {
        var offering = current(offeringId, expectedVersion);
        String n = name(name, offeringId);
        String d = description(description);
        var changes = new java.util.ArrayList<Text>();
        if (!n.equals(offering.getName())) {
            changes.add(AuditLog.change("field.audit.name", offering.getName(), n));
        }
        if (!java.util.Objects.equals(d, offering.getDescription())) {
            changes.add(AuditLog.change("field.audit.description", offering.getDescription(), d));
        }
        String before = offering.getName();
        offering.describe(n, d);
        offerings.flush();
        if (!changes.isEmpty()) {
            record(AuditKind.SERVICE_EDITED, before, changes);
        }
    }

    /** @param offered false retires the service; true offers it again */
    @Transactional
    public void setOffered(long offeringId, long expectedVersion, boolean offered) {
        var offering = current(offeringId, expectedVersion);
        if (offering.isActive() == offered) {
            return;
        }
        offering.setActive(offered);
        offerings.flush();
        record(offered ? AuditKind.SERVICE_REINSTATED : AuditKind.SERVICE_RETIRED, offering.getName(), List.of());
    }

    private Offering current(long offeringId, long expectedVersion) {
        var offering = offerings.findById(offeringId).orElseThrow(() -> NotFoundException.of("service.gone"));
        if (offering.getVersion() != expectedVersion) {
            throw ConflictException.of("conflict.changedSinceOpened", offering.getName());
        }
        return offering;
    }

    private String name(String typed, Long self) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw RuleViolationException.of("service.name.needed");
        }
        if (name.length() > Offering.NAME_MAX) {
            throw RuleViolationException.of("service.name.tooLong", Offering.NAME_MAX);
        }
        TextRules.refuseForbiddenCharacters(name, false, "field.service.name");
        boolean taken = offerings.findAllByOrderByPositionAsc().stream()
                .anyMatch(o -> o.getName().equalsIgnoreCase(name) && !o.getId().equals(self));
        if (taken) {
            throw ConflictException.of("service.name.taken", name);
        }
        return name;
    }

    private static String description(String typed) {
        String d = typed == null ? "" : typed.strip();
        if (d.length() > Offering.DESCRIPTION_MAX) {
            throw RuleViolationException.of("service.description.tooLong", Offering.DESCRIPTION_MAX);
        }
        TextRules.refuseForbiddenCharacters(d, true, "field.service.description");
        return d.isEmpty() ? null : d;
    }

    private void record(AuditKind kind, String subject, List<Text> detail) {
        var me = currentUser.require();
        audit.record(kind, new AuditLog.Actor(me.id(), me.displayName()), null, subject, detail);
    }
}
