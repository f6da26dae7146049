package com.journeycrm.client.ui;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.client.ClientService;
import com.journeycrm.journey.StageSummary;
import com.journeycrm.security.UserService;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** "New client" from the board or the client list: the dialog, the service call, and what a refusal says. */
public final class NewClientFlow {

    private NewClientFlow() {
    }

    public static void open(ClientService clients, UserService users, List<StageSummary> stages, LongConsumer onCreated) {
        new NewClientDialog(stages, users.listActiveUsers(), users.currentUser(),
                query -> clients.findRefs(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                (profile, stageId, ownerId) -> {
                    try {
                        long id = clients.create(profile, stageId, ownerId);
                        Notifications.info("Created " + profile.getName().trim() + ".");
                        onCreated.accept(id);
                        return true;
                    } catch (RuleViolationException | AccessDeniedException | ConstraintViolationException e) {
                        Notifications.error(e.getMessage());
                        return false;
                    }
                }).open();
    }
}
