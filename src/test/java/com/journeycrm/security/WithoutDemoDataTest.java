package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.Application;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.stage.StageRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A real installation with the packaged defaults (no test profile): no demo data unless asked for, one admin
 * created from the configured password; without a password (and no terminal to ask on) the app does not start.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:journey-no-demo;DB_CLOSE_DELAY=-1",
            "journey.initial-admin.password=correct-horse-battery"
        })
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
        assertThat(users.findPeople()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(passwordEncoder.matches("correct-horse-battery", admin.getPasswordHash()))
                    .isTrue();
            assertThat(passwordEncoder.matches("journey-demo", admin.getPasswordHash()))
                    .isFalse();
        });
        assertThat(stages.count()).isEqualTo(12);
        assertThat(clients.count()).isZero();
    }

    @Test
    void without_users_and_without_a_password_the_app_refuses_to_start_and_says_what_to_set() {
        var app = new SpringApplicationBuilder(Application.class);
        assertThatThrownBy(() -> app.run(
                                "--server.port=0",
                                "--management.server.port=0",
                                "--spring.datasource.url=jdbc:h2:mem:journey-nobody;DB_CLOSE_DELAY=-1",
                                "--journey.initial-admin.password=",
                                "--logging.level.root=OFF")
                        .close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The database has no users yet. Set JOURNEY_ADMIN_PASSWORD (at least 12"
                        + " characters) to create the first admin 'admin', or JOURNEY_DEMO_DATA=true for the demo"
                        + " users.");
    }

    @Test
    void a_short_first_admin_password_is_refused() {
        var app = new SpringApplicationBuilder(Application.class);
        assertThatThrownBy(() -> app.run(
                                "--server.port=0",
                                "--management.server.port=0",
                                "--spring.datasource.url=jdbc:h2:mem:journey-short;DB_CLOSE_DELAY=-1",
                                "--journey.initial-admin.password=short",
                                "--logging.level.root=OFF")
                        .close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters");
    }
}
