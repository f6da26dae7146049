package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class ClientChangesOnPostgresTest extends ClientChangesTest {}
