package com.journeycrm.offering;

import com.journeycrm.OnPostgres;

@OnPostgres
class OfferingServiceOnPostgresTest extends OfferingServiceTest {}
