package com.journeycrm.transfer;

import com.journeycrm.OnPostgres;

@OnPostgres
class ExportServiceOnPostgresTest extends ExportServiceTest {}
