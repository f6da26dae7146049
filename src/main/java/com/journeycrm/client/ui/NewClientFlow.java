package com.journeycrm.client.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.client.ClientService;
import com.journeycrm.journey.StageSummary;
import com.journeycrm.security.UserService;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.data.domain.PageRequest;

/** "New client" from the board or the client list: the dialog, the service call, and what a refusal says. */
public final class NewClientFlow {

    private NewClientFlow() {
    }

    public static void open(ClientService clients, UserService users, List<StageSummary> stages, LongConsumer onCreated) {
        new NewClientDialog(stages, users.listActiveUsers(), users.currentUser(),
                query -> clients.findRefs(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                (profile, stageId, ownerId) -> {
                    long[] id = new long[1];
                    boolean created = Attempt.run(() -> id[0] = clients.create(profile, stageId, ownerId),
                            "Created " + profile.getName().trim() + ".");
                    if (created) {
                        onCreated.accept(id[0]);
                    }
                    return created;
                }).open();
    }
}
