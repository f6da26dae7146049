package com.journeycrm.activity.ui;

import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.ui.ClientTab;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;

/** Logging, correcting and deleting a touch point of the client a client view shows: the dialogs and their use cases. */
final class TouchPointEditing {

    private final TouchPointService touchPoints;
    private final ContactService contacts;
    private final UserTime time;
    private final ClientTab.Actions actions;
    private ClientDetails client;

    TouchPointEditing(
            TouchPointService touchPoints, ContactService contacts, UserTime time, ClientTab.Actions actions) {
        this.touchPoints = touchPoints;
        this.contacts = contacts;
        this.time = time;
        this.actions = actions;
    }

    void show(ClientDetails client) {
        this.client = client;
    }

    /** @param existing the entry to correct, or null to log a new touch point */
    void open(@Nullable TimelineEntry existing) {
        var form = existing == null
                ? new TouchPointDetails()
                : touchPoints.touchPoint(existing.touchPointId(), time.zone());
        var dialog = new TouchPointDialog(
                existing == null
                        ? I18NProvider.translate("activity.touch.log.title", client.name())
                        : I18NProvider.translate("activity.touch.edit.title"),
                contacts.contacts(client.id()).stream()
                        .filter(c -> c.active()
                                || (form.getContact() != null
                                        && form.getContact().id() == c.id()))
                        .toList(),
                form,
                time);
        long clientId = client.id();
        dialog.addSaveListener(e -> {
            boolean ok = actions.act(
                    () -> {
                        if (existing == null) {
                            touchPoints.logTouchPoint(clientId, e.form(), time.zone());
                        } else {
                            touchPoints.updateTouchPoint(existing.touchPointId(), e.form(), time.zone());
                        }
                    },
                    I18NProvider.translate(existing == null ? "activity.touch.logged" : "activity.touch.updated"));
            if (ok) {
                dialog.close();
            }
        });
        dialog.open();
    }

    void confirmDelete(TimelineEntry entry) {
        var confirm = new ConfirmDialog(
                I18NProvider.translate("activity.touch.delete.title"),
                I18NProvider.translate("activity.touch.delete.text", entry.title()),
                I18NProvider.translate("activity.touch.delete"),
                e -> actions.act(
                        () -> touchPoints.deleteTouchPoint(entry.touchPointId()),
                        I18NProvider.translate("activity.touch.deleted")),
                I18NProvider.translate("common.cancel"),
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
