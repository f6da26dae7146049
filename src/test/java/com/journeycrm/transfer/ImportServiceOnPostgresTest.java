package com.journeycrm.transfer;

import com.journeycrm.OnPostgres;

@OnPostgres
class ImportServiceOnPostgresTest extends ImportServiceTest {}
