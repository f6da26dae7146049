package com.journeycrm.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditRow;
import com.journeycrm.audit.AuditService;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The admin keeps the catalogue; a retired service stays on the records of clients who had it. */
@IntegrationTest
class CatalogueServiceTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    OfferingService offerings;

    @Autowired
    AuditService audit;

    @Autowired
    TestData data;

    private CatalogueItem item(long id) {
        return catalogue.catalogue().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_service_is_offered_to_every_client_and_a_rename_shows_everywhere() {
        data.loginAs("admin");
        String name = data.unique("Audit readiness");
        long id = catalogue.add(" " + name + " ", "Get ready for the auditors");
        var client = data.client(data.unique("Buyer"), "sales", "Interested");

        assertThat(offerings.services(client.getId()))
                .extracting(ServiceStatus::name)
                .contains(name);
        catalogue.update(id, item(id).version(), name + " plus", "");
        assertThat(item(id).name()).isEqualTo(name + " plus");
        assertThat(item(id).description()).isNull();
        var edited = audit.search(
                        new AuditFilter(null, null, AuditKind.SERVICE_EDITED, null, null), PageRequest.of(0, 1))
                .getFirst();
        assertThat(edited.detail())
                .isEqualTo("Name: " + name + " → " + name + " plus\n" + "Description: Get ready for the auditors → —");
    }

    @Test
    void a_retired_service_stays_where_it_was_bought_and_is_offered_to_nobody_else() {
        data.loginAs("admin");
        long id = catalogue.add(data.unique("Legacy"), null);
        var buyer = data.client(data.unique("Had it"), "sales", "Active engagement");
        var other = data.client(data.unique("Never had it"), "sales", "Interested");
        data.loginAs("sales");
        offerings.setService(buyer.getId(), id, true, true);
        data.loginAs("admin");

        catalogue.setOffered(id, item(id).version(), false);

        assertThat(offerings.services(buyer.getId()))
                .filteredOn(s -> s.offeringId() == id)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.bought()).isTrue();
                    assertThat(s.retired()).isTrue();
                });
        assertThat(offerings.services(other.getId()))
                .extracting(ServiceStatus::offeringId)
                .doesNotContain(id);
        data.loginAs("sales");
        assertThatThrownBy(() -> offerings.setService(other.getId(), id, true, true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageEndingWith("is no longer offered.");
        data.loginAs("admin");
        assertThat(item(id).clientsBought()).isEqualTo(1);
        assertThat(audit.search(
                        new AuditFilter(null, null, AuditKind.SERVICE_RETIRED, null, null), PageRequest.of(0, 1)))
                .extracting(AuditRow::subject)
                .containsExactly(item(id).name());
        catalogue.setOffered(id, item(id).version(), true);
        assertThat(offerings.services(other.getId()))
                .extracting(ServiceStatus::offeringId)
                .contains(id);
    }

    @Test
    void names_are_unique_whatever_the_case_required_and_bounded_and_a_stale_edit_is_refused() {
        data.loginAs("admin");
        String name = data.unique("Strategy");
        long id = catalogue.add(name, null);
        assertThatThrownBy(() -> catalogue.add(name.toUpperCase(), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalogue.add("  ", null)).hasMessage("Enter the service's name.");
        assertThatThrownBy(() -> catalogue.add("x".repeat(101), null)).hasMessageContaining("at most 100");
        long version = item(id).version();
        catalogue.update(id, version, name + " 2", null);
        assertThatThrownBy(() -> catalogue.update(id, version, name + " 3", null))
                .isInstanceOf(ConflictException.class);
        assertThat(item(id).name()).isEqualTo(name + " 2");
    }

    @Test
    void only_admins_keep_the_catalogue() {
        data.loginAs("manager");
        assertThatThrownBy(() -> catalogue.add("Mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.catalogue()).isInstanceOf(AccessDeniedException.class);
    }
}
