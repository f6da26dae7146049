package com.journeycrm.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without demo data, an empty database has nobody who can log in: {@code journey.initial-admin.password}
 * (env {@code JOURNEY_ADMIN_PASSWORD}) creates the first admin. Runs after the demo seeder, and only while
 * there are no users at all.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

    static final int MIN_PASSWORD = 12;
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    InitialAdmin(AppUserRepository users, PasswordEncoder passwordEncoder,
                 @Value("${journey.initial-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No users and no demo data: set JOURNEY_ADMIN_PASSWORD (at least {} characters) to create the"
                    + " first admin, or JOURNEY_DEMO_DATA=true for the demo users.", MIN_PASSWORD);
            return;
        }
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalStateException("JOURNEY_ADMIN_PASSWORD must have at least " + MIN_PASSWORD + " characters");
        }
        users.save(new AppUser("admin", "Administrator", passwordEncoder.encode(password), Role.ADMIN));
        log.info("Created the first admin user 'admin'.");
    }
}
