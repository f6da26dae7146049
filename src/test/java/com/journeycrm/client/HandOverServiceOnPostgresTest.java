package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class HandOverServiceOnPostgresTest extends HandOverServiceTest {}
