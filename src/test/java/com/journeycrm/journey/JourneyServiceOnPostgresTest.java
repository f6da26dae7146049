package com.journeycrm.journey;

import com.journeycrm.OnPostgres;

@OnPostgres
class JourneyServiceOnPostgresTest extends JourneyServiceTest {
}
