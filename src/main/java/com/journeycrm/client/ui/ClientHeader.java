package com.journeycrm.client.ui;

import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Name, stage, owner and the journey's vital signs: days in stage, last touch, next touch due, marks. */
public class ClientHeader extends Composite<Div> {

    final H2 name = new H2();
    final Span stage = new Span();
    final Span facts = new Span();
    final Span quiet = new Span("Gone quiet");
    final Span overdue = new Span("Follow-up overdue");
    final Span readOnly = new Span();

    /** @param actions the buttons features above contribute, in their order */
    public ClientHeader(List<Component> actions) {
        var root = getContent();
        root.addClassName("client-header");
        stage.addClassName("stage-badge");
        quiet.addClassNames("mark", "mark-quiet");
        overdue.addClassNames("mark", "mark-overdue");
        facts.addClassName("client-facts");
        readOnly.addClassName("client-read-only");
        var title = new Div(name, stage, quiet, overdue);
        title.addClassName("client-title");
        var buttons = new Div(actions.toArray(Component[]::new));
        buttons.addClassName("client-actions");
        root.add(title, facts, readOnly, buttons);
    }

    public void show(ClientDetails d, UserTime time) {
        Instant now = time.now();
        name.setText(d.name());
        stage.setText(d.stageName());
        long inStage = Duration.between(d.stageEnteredAt(), now).toDays();
        String lastTouch = d.lastTouchAt() == null
                ? "never"
                : time.date(d.lastTouchAt()) + " ("
                        + Duration.between(d.lastTouchAt(), now).toDays() + " days ago, "
                        + d.lastTouchType().label().toLowerCase() + ")";
        String nextDue = d.nextTouchDue() == null ? "never (no quiet threshold here)" : time.date(d.nextTouchDue());
        String snoozed = d.snoozedUntil() == null || !d.snoozedUntil().isAfter(now)
                ? ""
                : " · snoozed until " + time.date(d.snoozedUntil())
                        + (d.snoozeReason() == null ? "" : " (" + d.snoozeReason() + ")");
        facts.setText("Owner " + d.ownerName() + " · " + inStage + " days in stage · last touch " + lastTouch
                + " · next touch due " + nextDue + snoozed);
        readOnly.setText(d.editable() ? "" : "Read only: " + d.ownerName() + " owns this client.");
        readOnly.setVisible(!d.editable());
        quiet.setVisible(d.quiet(now));
        overdue.setVisible(d.followUpOverdue(now));
    }
}
