package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.client.ClientRepository;
import com.journeycrm.stage.StageRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A real installation: no demo data, one admin created from the configured password. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:journey-no-demo;DB_CLOSE_DELAY=-1",
    "journey.demo-data.enabled=false",
    "journey.initial-admin.password=correct-horse-battery"})
@ActiveProfiles("test")
class WithoutDemoDataTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    StageRepository stages;
    @Autowired
    ClientRepository clients;

    @Test
    void demo_data_off_creates_only_the_first_admin_and_the_default_stages() {
        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(passwordEncoder.matches("correct-horse-battery", admin.getPasswordHash())).isTrue();
            assertThat(passwordEncoder.matches("journey-demo", admin.getPasswordHash())).isFalse();
        });
        assertThat(stages.count()).isEqualTo(12);
        assertThat(clients.count()).isZero();
    }
}
