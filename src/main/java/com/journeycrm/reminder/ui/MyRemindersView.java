package com.journeycrm.reminder.ui;

import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.reminder.FollowUpCalendar;
import com.journeycrm.reminder.ReminderService;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/** My quiet clients and my overdue follow-ups, each row with the action that deals with it. */
@Route("reminders")
@Menu(order = 5, title = "menu.myReminders", icon = "vaadin:bell")
@PermitAll
public class MyRemindersView extends VerticalLayout implements TitledView {

    final ReminderLists lists;

    public MyRemindersView(
            ReminderService reminders,
            FollowUpCalendar calendarExport,
            ReminderActions actions,
            UserService users,
            Clock clock) {
        var source = new ReminderLists.Source(
                query -> reminders.myQuietClients(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reminders.countMyQuietClients(),
                query -> reminders.myOverdueFollowUps(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reminders.countMyOverdueFollowUps());
        lists = new ReminderLists(
                source, false, actions, UserTime.of(clock), users.currentUser(), users.listActiveUsers(), () -> {});
        Locale language = getLocale();
        var calendar = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] ics = calendarExport.myOpenFollowUpsAsIcs(language).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(ics), "journey-follow-ups.ics", "text/calendar", ics.length);
                }),
                "");
        calendar.add(new Icon(VaadinIcon.CALENDAR), new Span(" " + getTranslation("reminder.calendarExport")));
        calendar.getElement().setAttribute("download", true);
        var header = new Div(calendar);
        header.addClassName("list-toolbar");
        setSizeFull();
        add(header, lists);
        setFlexGrow(1, lists);
    }

    @Override
    public String titleKey() {
        return "menu.myReminders";
    }
}
