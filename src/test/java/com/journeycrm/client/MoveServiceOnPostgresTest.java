package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class MoveServiceOnPostgresTest extends MoveServiceTest {}
