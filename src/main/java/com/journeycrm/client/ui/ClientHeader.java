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
    final Span quiet = new Span(getTranslation("board.mark.quiet"));
    final Span overdue = new Span(getTranslation("board.mark.overdue"));
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
                ? getTranslation("reminder.never")
                : getTranslation(
                        "client.header.lastTouch",
                        time.date(d.lastTouchAt()),
                        Duration.between(d.lastTouchAt(), now).toDays(),
                        d.lastTouchType());
        String nextDue =
                d.nextTouchDue() == null ? getTranslation("client.header.noThreshold") : time.date(d.nextTouchDue());
        String snoozed = d.snoozedUntil() == null || !d.snoozedUntil().isAfter(now)
                ? ""
                : d.snoozeReason() == null
                        ? getTranslation("client.header.snoozed", time.date(d.snoozedUntil()))
                        : getTranslation("client.header.snoozedWhy", time.date(d.snoozedUntil()), d.snoozeReason());
        facts.setText(getTranslation("client.header.facts", d.ownerName(), inStage, lastTouch, nextDue) + snoozed);
        readOnly.setText(d.editable() ? "" : getTranslation("client.header.readOnly", d.ownerName()));
        readOnly.setVisible(!d.editable());
        quiet.setVisible(d.quiet(now));
        overdue.setVisible(d.followUpOverdue(now));
    }
}
