package com.journeycrm.activity;

import com.journeycrm.OnPostgres;

@OnPostgres
class FollowUpServiceOnPostgresTest extends FollowUpServiceTest {}
