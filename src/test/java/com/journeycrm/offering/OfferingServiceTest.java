package com.journeycrm.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which services a client bought or knows of. */
@IntegrationTest
class OfferingServiceTest {

    @Autowired
    OfferingService offerings;

    @Autowired
    TestData data;

    @Test
    void a_service_bought_is_also_known_and_unticking_bought_keeps_it_known() {
        var client = data.client(data.unique("Acme"), "sales", "Interested");
        data.loginAs("sales");
        assertThat(offerings.services(client.getId())).isNotEmpty().allMatch(s -> !s.aware() && !s.bought());
        long first = offerings.services(client.getId()).getFirst().offeringId();
        offerings.setService(client.getId(), first, true, false);
        var status = offerings.services(client.getId()).getFirst();
        assertThat(status.bought()).isTrue();
        assertThat(status.aware()).isTrue();
        offerings.setService(client.getId(), first, false, true);
        status = offerings.services(client.getId()).getFirst();
        assertThat(status.bought()).isFalse();
        assertThat(status.aware()).isTrue();
        offerings.setService(client.getId(), first, false, false);
        assertThat(offerings.services(client.getId()).getFirst().aware()).isFalse();
        assertThat(offerings.services(client.getId()).get(1).bought()).isFalse();
        assertThatThrownBy(() -> offerings.setService(client.getId(), 999_999, true, true))
                .isInstanceOf(NotFoundException.class);
    }
}
