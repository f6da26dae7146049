package com.journeycrm.client.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.client.ClientService;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.data.domain.PageRequest;

/** "New client" from the board or the client list: the dialog, the service call, and what a refusal says. */
public final class NewClientFlow {

    private NewClientFlow() {}

    public static void open(
            ClientService clients, UserService users, List<StageSummary> stages, LongConsumer onCreated) {
        var dialog =
                new NewClientDialog(
                        stages,
                        users.listActiveUsers(),
                        users.currentUser(),
                        query -> clients
                                .findRefs(
                                        query.getFilter().orElse(""),
                                        PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream());
        dialog.addCreateListener(e -> {
            long[] id = new long[1];
            if (Attempt.run(
                    () -> id[0] = clients.create(e.profile(), e.stageId(), e.ownerId(), e.firstContact()),
                    I18NProvider.translate(
                            "client.new.created", e.profile().getName().trim()))) {
                dialog.close();
                onCreated.accept(id[0]);
            }
        });
        dialog.open();
    }
}
