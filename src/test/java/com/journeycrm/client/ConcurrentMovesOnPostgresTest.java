package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class ConcurrentMovesOnPostgresTest extends ConcurrentMovesTest {}
