package com.journeycrm;

import com.journeycrm.client.Client;
import com.journeycrm.client.ClientFactory;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.client.Source;
import com.journeycrm.journey.StageChange;
import com.journeycrm.journey.StageChangeRepository;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Stage;
import com.journeycrm.stage.StageRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the exact records a test needs, committed, so services see them as real data. */
@TestComponent
public class TestData {

    private final AppUserRepository users;
    private final StageRepository stages;
    private final StageChangeRepository stageChanges;
    private final ClientRepository clients;
    private final ClientFactory factory;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;

    TestData(
            AppUserRepository users,
            StageRepository stages,
            StageChangeRepository stageChanges,
            ClientRepository clients,
            ClientFactory factory,
            PasswordEncoder passwordEncoder,
            TransactionTemplate tx,
            Clock clock,
            UserDetailsService userDetails,
            SecurityContextHolderStrategy contexts) {
        this.userDetails = userDetails;
        this.contexts = contexts;
        this.users = users;
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.clients = clients;
        this.factory = factory;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
    }

    /** Service tests: the next service calls run as this user. */
    public void loginAs(String username) {
        var user = userDetails.loadUserByUsername(username);
        // this context's own strategy: with several Spring contexts in one JVM the static holder may be another's
        contexts.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public void logout() {
        contexts.clearContext();
    }

    public AppUser newUser(Role role, String password) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(s -> users.save(new AppUser(name, "Test " + name, passwordEncoder.encode(password), role)));
    }

    public AppUser user(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow();
    }

    public Stage stage(String name) {
        return stages.findByRetiredFalseOrderByPositionAsc().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
    }

    public String stageName(long id) {
        return stages.findByRetiredFalseOrderByPositionAsc().stream()
                .filter(s -> s.getId() == id)
                .findFirst()
                .orElseThrow()
                .getName();
    }

    public List<Stage> stages() {
        return stages.findByRetiredFalseOrderByPositionAsc();
    }

    /** A client that entered {@code stageName} at {@code enteredAt}, never touched. */
    public Client client(String name, String ownerUsername, String stageName, Instant enteredAt) {
        return tx.execute(s -> {
            var owner = users.findByUsernameIgnoreCase(ownerUsername).orElseThrow();
            var stage = stage(stageName);
            var profile = new ClientProfile();
            profile.setName(name);
            profile.setSource(Source.WEBSITE);
            return factory.create(profile, stage, owner, null, false, owner, enteredAt);
        });
    }

    public Client client(String name, String ownerUsername, String stageName) {
        return client(name, ownerUsername, stageName, clock.instant());
    }

    public Client reload(long clientId) {
        return tx.execute(s -> {
            var c = clients.findById(clientId).orElseThrow();
            c.getStage().getName();
            c.getOwner().getDisplayName();
            return c;
        });
    }

    public List<StageChange> history(long clientId) {
        return tx.execute(s -> {
            var list = stageChanges.findLatestForClient(clientId, Pageable.ofSize(100));
            list.forEach(c -> {
                c.getToStage().getName();
                c.getChangedBy().getDisplayName();
            });
            return list;
        });
    }

    public String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
