package com.journeycrm.stage;

import com.journeycrm.OnPostgres;

@OnPostgres
class StageAdminServiceOnPostgresTest extends StageAdminServiceTest {}
