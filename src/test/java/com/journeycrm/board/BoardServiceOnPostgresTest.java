package com.journeycrm.board;

import com.journeycrm.OnPostgres;

@OnPostgres
class BoardServiceOnPostgresTest extends BoardServiceTest {}
