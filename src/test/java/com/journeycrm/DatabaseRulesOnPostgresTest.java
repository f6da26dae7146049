package com.journeycrm;

@OnPostgres
class DatabaseRulesOnPostgresTest extends DatabaseRulesTest {}
