package com.journeycrm.activity;

import com.journeycrm.OnPostgres;

@OnPostgres
class TouchPointServiceOnPostgresTest extends TouchPointServiceTest {}
