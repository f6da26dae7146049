package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class ClientUseCasesOnPostgresTest extends ClientUseCasesTest {}
