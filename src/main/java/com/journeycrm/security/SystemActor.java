package com.journeycrm.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app itself as the author of work no signed-in user does — scheduled jobs, captured email: it runs the same use
 * cases, through the same checks, as the system's own account (role {@link Role#SYSTEM}, shown as "System" in the
 * audit trail and on timelines). Nobody can sign in as it, and it is in no list of people (migration V27).
 */
@Component
public class SystemActor {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy contexts;
    private final TransactionTemplate read;

    SystemActor(
            AppUserRepository users,
            ObjectProvider<SecurityContextHolderStrategy> strategy,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    /** Runs {@code work} as the system, then puts back whoever (or nobody) the thread ran as before. */
    public <T> T call(Supplier<T> work) {
        var system = read.execute(s -> users.findFirstByRole(Role.SYSTEM)
                .orElseThrow(() -> new IllegalStateException("The system's account is missing (migration V27)")));
        var principal = new AppUserPrincipal(system, true);
        var previous = contexts.getContext();
        var context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
