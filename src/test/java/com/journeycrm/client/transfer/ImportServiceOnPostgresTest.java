package com.journeycrm.client.transfer;

import com.journeycrm.OnPostgres;

@OnPostgres
class ImportServiceOnPostgresTest extends ImportServiceTest {}
