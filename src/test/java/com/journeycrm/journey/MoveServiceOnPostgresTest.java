package com.journeycrm.journey;

import com.journeycrm.OnPostgres;

@OnPostgres
class MoveServiceOnPostgresTest extends MoveServiceTest {}
