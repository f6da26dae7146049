package com.journeycrm.activity;

import com.journeycrm.OnPostgres;

@OnPostgres
class HandOverServiceOnPostgresTest extends HandOverServiceTest {}
