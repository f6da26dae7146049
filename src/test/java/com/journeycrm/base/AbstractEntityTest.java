package com.journeycrm.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.client.Client;
import com.journeycrm.stage.Stage;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lazy proxy (what a many-to-one holds until it is read) equals the entity it stands for, loaded elsewhere, both
 * ways round, and comparing does not load it — the copied {@code equals} that read {@code other.id} saw a proxy's
 * empty field and said no.
 */
@IntegrationTest
class AbstractEntityTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_lazy_proxy_equals_the_loaded_entity_without_being_loaded() {
        long clientId = jdbc.queryForObject("select min(id) from client", Long.class);
        long otherId = jdbc.queryForObject("select max(id) from client", Long.class);
        try (var one = entityManagerFactory.createEntityManager();
                var two = entityManagerFactory.createEntityManager()) {
            Client proxy = one.getReference(Client.class, clientId);
            Client loaded = two.find(Client.class, clientId);
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
            assertThat(proxy.getClass()).isNotEqualTo(Client.class);

            assertThat(proxy).isEqualTo(loaded).hasSameHashCodeAs(loaded);
            assertThat(loaded).isEqualTo(proxy);
            assertThat(proxy).isNotEqualTo(two.find(Client.class, otherId));
            assertThat(proxy).isNotEqualTo(one.getReference(Stage.class, clientId));
            assertThat(Hibernate.isInitialized(proxy))
                    .as("comparing loads nothing")
                    .isFalse();
        }
    }
}
