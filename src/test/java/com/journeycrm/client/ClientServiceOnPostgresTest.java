package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class ClientServiceOnPostgresTest extends ClientServiceTest {}
