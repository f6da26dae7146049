package com.journeycrm.reminder;

import com.journeycrm.OnPostgres;

@OnPostgres
class ReminderServiceOnPostgresTest extends ReminderServiceTest {}
