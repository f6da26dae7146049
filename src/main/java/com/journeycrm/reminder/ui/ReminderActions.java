package com.journeycrm.reminder.ui;

import com.journeycrm.activity.FollowUpService;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.ReassignService;
import com.journeycrm.client.SnoozeService;
import org.springframework.stereotype.Component;

/** The client use cases a reminder row offers, handed to the lists as one. */
@Component
public record ReminderActions(
        ContactService contacts,
        TouchPointService touchPoints,
        FollowUpService followUps,
        SnoozeService snoozes,
        ReassignService reassign) {}
