package com.journeycrm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.security.Role;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Someone leaves: their clients and open follow-ups go to a colleague in one step. */
@IntegrationTest
class HandOverServiceTest {

    @Autowired
    HandOverService handOver;

    @Autowired
    FollowUpService followUps;

    @Autowired
    TestData data;

    @Test
    void every_client_and_open_follow_up_goes_to_the_colleague_and_done_ones_stay() {
        var leaver = data.newUser(Role.SALES, "pw");
        var colleague = data.newUser(Role.SALES, "pw");
        var one = data.client(data.unique("Leaving one"), leaver.getUsername(), "Interested");
        var two = data.client(data.unique("Leaving two"), leaver.getUsername(), "Active engagement");
        data.loginAs(leaver.getUsername());
        followUps.scheduleFollowUp(one.getId(), "Open", TestConfig.TODAY.plusDays(3), ZoneOffset.UTC, null);
        followUps.scheduleFollowUp(two.getId(), "Done already", TestConfig.TODAY.plusDays(1), ZoneOffset.UTC, null);
        followUps.completeFollowUp(followUps.followUps(two.getId()).getFirst().id());

        data.loginAs("admin");
        var result = handOver.handOver(leaver.getId(), colleague.getId());

        assertThat(result).isEqualTo(new HandOverService.HandedOver(2, 1));
        assertThat(data.reload(one.getId()).getOwner().getId()).isEqualTo(colleague.getId());
        assertThat(data.reload(two.getId()).getOwner().getId()).isEqualTo(colleague.getId());
        assertThat(followUps.followUps(one.getId()))
                .extracting(FollowUpItem::assigneeId)
                .containsExactly(colleague.getId());
        assertThat(followUps.followUps(two.getId()))
                .extracting(FollowUpItem::assigneeId)
                .containsExactly(leaver.getId());
        assertThat(handOver.handOver(leaver.getId(), colleague.getId()))
                .isEqualTo(new HandOverService.HandedOver(0, 0));
    }

    @Test
    void not_to_oneself_nor_to_a_disabled_user_and_only_by_admins() {
        var leaver = data.newUser(Role.SALES, "pw");
        data.loginAs("admin");
        assertThatThrownBy(() -> handOver.handOver(leaver.getId(), leaver.getId()))
                .hasMessage("Choose someone else to hand over to.");
        assertThatThrownBy(() -> handOver.handOver(leaver.getId(), 987_654L)).isInstanceOf(NotFoundException.class);
        data.loginAs("manager");
        assertThatThrownBy(() ->
                        handOver.handOver(leaver.getId(), data.user("sales").getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
