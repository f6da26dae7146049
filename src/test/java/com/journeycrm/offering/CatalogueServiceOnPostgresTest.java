package com.journeycrm.offering;

import com.journeycrm.OnPostgres;

@OnPostgres
class CatalogueServiceOnPostgresTest extends CatalogueServiceTest {}
