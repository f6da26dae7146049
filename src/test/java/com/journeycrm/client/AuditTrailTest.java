package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditRow;
import com.journeycrm.audit.AuditService;
import com.journeycrm.journey.MoveService;
import com.journeycrm.security.AccountService;
import com.journeycrm.security.Role;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Who changed what, when: every kind of change leaves one entry, and nothing can take an entry back. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditService audit;

    @Autowired
    ClientService clients;

    @Autowired
    MoveService moves;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    TimelineService timelines;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    SnoozeService snoozes;

    @Autowired
    ReassignService reassign;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    private List<AuditRow> entriesOf(Client client) {
        return audit.forClient(client.getId(), PageRequest.of(0, 50));
    }

    @Test
    void every_change_of_a_client_is_one_entry_newest_first_with_who_and_what() {
        var client = data.client(data.unique("Audited"), "sales", "Interested");
        data.loginAs("sales");
        var form = ClientProfile.of(clients.details(client.getId()));
        form.setIndustry("Shipping");
        long version = clients.updateProfile(client.getId(), form, client.getVersion());
        var moved = moves.moveClient(client.getId(), data.stage("On our list").getId(), null, null, version);
        moves.undoMove(moved.stageChangeId(), moved.newVersion());
        touchPoints.logTouchPoint(client.getId(), ClientChangesTest.call("Budget talk"), ZoneOffset.UTC);
        long touchId = timelines
                .timeline(client.getId(), EnumSet.allOf(TouchPointType.class), false, 0, 1)
                .getFirst()
                .touchPointId();
        touchPoints.updateTouchPoint(touchId, ClientChangesTest.call("Budget talk, part two"), ZoneOffset.UTC);
        touchPoints.deleteTouchPoint(touchId);
        var person = new ContactDetails();
        person.setName("Ada Byron");
        person.setEmail("ada@example.com");
        contacts.saveContact(client.getId(), person);
        followUps.scheduleFollowUp(client.getId(), "Send the deck", TestConfig.TODAY.plusDays(2), ZoneOffset.UTC, null);
        snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(20)), "Holidays");
        data.loginAs("manager");
        reassign.reassign(
                client.getId(),
                data.user("manager").getId(),
                data.reload(client.getId()).getVersion());

        var entries = entriesOf(client);
        assertThat(entries)
                .extracting(AuditRow::kind)
                .containsExactly(
                        AuditKind.REASSIGNED,
                        AuditKind.SNOOZED,
                        AuditKind.FOLLOW_UP_SCHEDULED,
                        AuditKind.CONTACT_ADDED,
                        AuditKind.TOUCH_POINT_DELETED,
                        AuditKind.TOUCH_POINT_EDITED,
                        AuditKind.TOUCH_POINT_LOGGED,
                        AuditKind.MOVE_UNDONE,
                        AuditKind.MOVED,
                        AuditKind.PROFILE_EDITED);
        assertThat(entries).extracting(AuditRow::actorName).startsWith("Morgan Manager", "Dana Sales");
        assertThat(entries).allSatisfy(e -> assertThat(e.subject()).isEqualTo(client.getName()));
        assertThat(detail(entries, AuditKind.PROFILE_EDITED)).isEqualTo("Industry: — → Shipping");
        assertThat(detail(entries, AuditKind.MOVED)).isEqualTo("Stage: Interested → On our list");
        assertThat(detail(entries, AuditKind.MOVE_UNDONE)).startsWith("Stage: On our list → Interested");
        assertThat(detail(entries, AuditKind.TOUCH_POINT_EDITED))
                .isEqualTo(
                        "Touch point: Call, Outbound, "
                                + "2026-11-23T10:00:00Z: Budget talk → Call, Outbound, 2026-11-23T10:00:00Z: Budget talk, part two");
        assertThat(detail(entries, AuditKind.TOUCH_POINT_DELETED)).endsWith("part two → —");
        assertThat(detail(entries, AuditKind.CONTACT_ADDED)).isEqualTo("Contact: — → Ada Byron · ada@example.com");
        assertThat(detail(entries, AuditKind.REASSIGNED)).isEqualTo("Owner: Dana Sales → Morgan Manager");
    }

    private static String detail(List<AuditRow> entries, AuditKind kind) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .findFirst()
                .orElseThrow()
                .detail();
    }

    @Test
    void a_refused_change_leaves_no_entry() {
        var client = data.client(data.unique("Refused"), "sales", "Interested");
        data.loginAs("sales");
        var form = ClientProfile.of(clients.details(client.getId()));
        form.setIndustry("Shipping");
        clients.updateProfile(client.getId(), form, client.getVersion());
        form.setIndustry("Retail");
        assertThatThrownBy(() -> clients.updateProfile(client.getId(), form, client.getVersion()));
        assertThat(entriesOf(client)).extracting(AuditRow::kind).containsExactly(AuditKind.PROFILE_EDITED);
    }

    @Test
    void users_roles_and_failed_logins_are_recorded_and_filtered_by_kind_user_and_time() {
        data.loginAs("admin");
        String name = "audited-" + data.unique("u").substring(2);
        long id = accounts.create(name, "Audited Person", Role.SALES, "a long enough passphrase 1");
        accounts.update(id, "Audited Person", Role.MANAGER, 0);
        for (int i = 0; i < 5; i++) {
            failedLogin(name);
        }
        failedLogin("nobody-by-this-name");
        data.loginAs("admin");

        long adminId = data.user("admin").getId();
        var byAdmin = audit.search(new AuditFilter(adminId, null, null, TestConfig.NOW, null), PageRequest.of(0, 10));
        assertThat(byAdmin).extracting(AuditRow::kind).startsWith(AuditKind.USER_EDITED, AuditKind.USER_CREATED);
        assertThat(byAdmin.getFirst().detail()).isEqualTo("Role: Sales → Manager");
        var failed = audit.search(new AuditFilter(id, null, null, null, null), PageRequest.of(0, 10));
        assertThat(failed)
                .extracting(AuditRow::kind)
                .containsExactly(
                        AuditKind.LOCKED_OUT,
                        AuditKind.LOGIN_FAILED,
                        AuditKind.LOGIN_FAILED,
                        AuditKind.LOGIN_FAILED,
                        AuditKind.LOGIN_FAILED,
                        AuditKind.LOGIN_FAILED);
        assertThat(failed).allSatisfy(e -> assertThat(e.actorName()).isEqualTo(name));
        var unknown = audit.search(
                        new AuditFilter(null, null, AuditKind.LOGIN_FAILED, null, null), PageRequest.of(0, 1))
                .getFirst();
        assertThat(unknown.actorName()).isEqualTo("nobody-by-this-name");
        assertThat(unknown.actorId()).isNull();
        assertThat(unknown.detail()).isEqualTo("No such user");
        assertThat(audit.count(new AuditFilter(id, null, AuditKind.LOGIN_FAILED, null, TestConfig.NOW)))
                .isZero();
    }

    /** What Spring Security publishes when a login form's password is wrong. */
    private void failedLogin(String username) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong password"),
                new BadCredentialsException("Bad credentials")));
    }

    @Test
    void the_export_hands_over_every_matching_entry_in_batches_newest_first() {
        var client = data.client(data.unique("Exported"), "sales", "Interested");
        data.loginAs("sales");
        for (int i = 0; i < 5; i++) {
            snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(10 + i)), "Round " + i);
        }
        data.loginAs("admin");
        var rows = new ArrayList<AuditRow>();
        audit.export(new AuditFilter(null, client.getId(), AuditKind.SNOOZED, null, null), rows::add, 2);
        assertThat(rows)
                .hasSize(5)
                .extracting(AuditRow::detail)
                .allSatisfy(d -> assertThat(d).contains("Snooze reason: — → Round"));
        assertThat(rows.getFirst().detail()).contains("Round 4");
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        var client = data.client(data.unique("Kept"), "sales", "Interested");
        data.loginAs("sales");
        snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(3)), "Kept");
        long id = entriesOf(client).getFirst().id();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'forged' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(entriesOf(client).getFirst().detail()).contains("Kept");
    }

    @Test
    void only_admins_search_the_trail_and_everyone_reads_a_clients_entries() {
        var client = data.client(data.unique("Readable"), "sales", "Interested");
        for (String user : List.of("sales", "manager")) {
            data.loginAs(user);
            assertThatThrownBy(() -> audit.search(AuditFilter.ALL, PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.export(AuditFilter.ALL, r -> {})).isInstanceOf(AccessDeniedException.class);
            assertThat(entriesOf(client)).extracting(AuditRow::kind).isEmpty();
        }
    }
}
