package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class MoveAllServiceOnPostgresTest extends MoveAllServiceTest {}
