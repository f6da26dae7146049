package com.journeycrm.offering;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientGuard;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of the firm's services a client has bought and which it knows about: the gap is the risk of being
 * typecast as the firm that only does one thing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfferingService {

    private final OfferingRepository offerings;
    private final ClientOfferingRepository clientOfferings;
    private final ClientGuard guard;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferingService(
            OfferingRepository offerings,
            ClientOfferingRepository clientOfferings,
            ClientGuard guard,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.offerings = offerings;
        this.clientOfferings = clientOfferings;
        this.guard = guard;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ServiceStatus> services(long clientId) {
        Map<Long, ClientOffering> links = clientOfferings.findByIdClientId(clientId).stream()
                .collect(Collectors.toMap(l -> l.getId().offeringId(), Function.identity()));
        return offerings.findAllByOrderByPositionAsc().stream()
                .filter(o -> o.isActive() || links.containsKey(o.getId()))
                .map(o -> {
                    var link = links.get(o.getId());
                    return new ServiceStatus(
                            o.getId(),
                            o.getName(),
                            o.getDescription(),
                            link != null && link.isBought(),
                            link != null && link.isAware(),
                            !o.isActive());
                })
                .toList();
    }

    @Transactional
    public void setService(long clientId, long offeringId, boolean bought, boolean aware) {
        Client client = guard.mayChange(clientId, null);
        var offering = offerings.findById(offeringId).orElseThrow(() -> NotFoundException.of("service.gone"));
        var key = new ClientOffering.Key(clientId, offeringId);
        var link = clientOfferings.findById(key);
        Text before =
                link.map(l -> ServiceStatus.describe(l.isBought(), l.isAware())).orElse(null);
        if (link.isEmpty() && !offering.isActive()) {
            throw RuleViolationException.of("service.retired", offering.getName());
        }
        link.ifPresentOrElse(
                l -> l.set(bought, aware),
                () -> clientOfferings.save(new ClientOffering(clientId, offeringId, bought, aware)));
        events.publishEvent(ClientChanged.of(
                Kind.SERVICES_CHANGED,
                client,
                currentUser.require(),
                clock.instant(),
                List.of(new FieldChange(
                        new Text("field.audit.service", offering.getName()),
                        before,
                        ServiceStatus.describe(bought, aware)))));
    }
}
