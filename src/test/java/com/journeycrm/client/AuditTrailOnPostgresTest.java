package com.journeycrm.client;

import com.journeycrm.OnPostgres;

@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {}
