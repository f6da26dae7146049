package com.journeycrm.journey;

import com.journeycrm.OnPostgres;

@OnPostgres
class ConcurrentMovesOnPostgresTest extends ConcurrentMovesTest {}
