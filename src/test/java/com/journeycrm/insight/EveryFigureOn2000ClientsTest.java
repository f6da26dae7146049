package com.journeycrm.insight;

import org.springframework.test.context.TestPropertySource;

/** The same on a generated history of 2,000 clients (the demo generator), in a database of its own. */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:every-figure-2000;DB_CLOSE_DELAY=-1",
            "journey.demo-data.clients=2000"
        })
class EveryFigureOn2000ClientsTest extends EveryFigureTest {}
