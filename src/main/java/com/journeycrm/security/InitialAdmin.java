package com.journeycrm.security;

import java.io.Console;
import java.util.Arrays;
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
 * (env {@code JOURNEY_ADMIN_PASSWORD}) creates the first admin; started from a terminal without it, the app asks
 * for the password there; otherwise it refuses to start and says what to set (an app nobody can log in to is of no
 * use, and a default password would be known to everyone). Runs after the demo seeder, and only while there are no
 * users at all.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

    static final int MIN_PASSWORD = 12;
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    InitialAdmin(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            @Value("${journey.initial-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.countPeople() > 0) {
            return;
        }
        String chosen = password.isBlank() ? askOnTheConsole() : password;
        if (chosen.length() < MIN_PASSWORD || chosen.equalsIgnoreCase("admin")) {
            throw new IllegalStateException("The first admin's password must have at least " + MIN_PASSWORD
                    + " characters (JOURNEY_ADMIN_PASSWORD).");
        }
        users.save(new AppUser("admin", "Administrator", passwordEncoder.encode(chosen), Role.ADMIN));
        log.info("Created the first admin user 'admin'.");
    }

    private static String askOnTheConsole() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            throw new IllegalStateException("The database has no users yet. Set JOURNEY_ADMIN_PASSWORD (at least "
                    + MIN_PASSWORD + " characters) to create the first admin 'admin', or JOURNEY_DEMO_DATA=true for"
                    + " the demo users.");
        }
        char[] first = console.readPassword(
                "No users yet. Password for the first admin 'admin' (at least %d" + " characters): ", MIN_PASSWORD);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || again == null) {
            throw new IllegalStateException("No password given; nothing was created.");
        }
        if (!Arrays.equals(first, again)) {
            throw new IllegalStateException("The two passwords differ; nothing was created. Start again.");
        }
        return new String(first);
    }

    /** From JDK 22 a console exists even when input is redirected; only a real terminal can be asked. */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: System.console() is null unless there is a terminal
        }
    }
}
