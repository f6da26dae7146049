package com.journeycrm.insight;

import com.journeycrm.OnPostgres;

@OnPostgres
class InsightServiceOnPostgresTest extends InsightServiceTest {}
