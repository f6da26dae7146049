package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.client.ClientSearchHit;
import com.journeycrm.client.ClientService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** What one test changes, the next does not see: each starts from the data the app started with. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnownStateTest {

    private static final String LEFT_BEHIND = "Left behind by the test before";

    @Autowired
    TestData data;

    @Autowired
    ClientService clients;

    @Test
    @Order(1)
    void a_test_creates_a_client() {
        data.client(LEFT_BEHIND, "sales", "Interested");
        data.loginAs("admin");
        assertThat(clients.quickSearch(LEFT_BEHIND, 5))
                .extracting(ClientSearchHit::name)
                .containsExactly(LEFT_BEHIND);
    }

    @Test
    @Order(2)
    void the_next_one_does_not_find_it() {
        data.loginAs("admin");
        assertThat(clients.quickSearch(LEFT_BEHIND, 5)).isEmpty();
    }
}
