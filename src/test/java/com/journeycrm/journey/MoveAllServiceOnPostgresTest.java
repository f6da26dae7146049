package com.journeycrm.journey;

import com.journeycrm.OnPostgres;

@OnPostgres
class MoveAllServiceOnPostgresTest extends MoveAllServiceTest {}
