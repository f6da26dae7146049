package com.journeycrm.insight;

import com.journeycrm.OnPostgres;

@OnPostgres
class EveryFigureOnPostgresTest extends EveryFigureTest {}
