package com.journeycrm.client.transfer;

import com.journeycrm.OnPostgres;

@OnPostgres
class ExportServiceOnPostgresTest extends ExportServiceTest {}
