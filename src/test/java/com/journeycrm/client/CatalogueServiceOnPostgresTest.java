package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class CatalogueServiceOnPostgresTest extends CatalogueServiceTest {}
