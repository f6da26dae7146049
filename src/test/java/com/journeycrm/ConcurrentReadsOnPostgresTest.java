package com.journeycrm;

@OnPostgres
class ConcurrentReadsOnPostgresTest extends ConcurrentReadsTest {}
