package com.journeycrm.security;

import com.journeycrm.OnPostgres;

@OnPostgres
class AccountServiceOnPostgresTest extends AccountServiceTest {}
