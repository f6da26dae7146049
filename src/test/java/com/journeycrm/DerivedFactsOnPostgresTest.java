package com.journeycrm;

@OnPostgres
class DerivedFactsOnPostgresTest extends DerivedFactsTest {}
