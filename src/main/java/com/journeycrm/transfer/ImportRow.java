package com.journeycrm.transfer;

import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ContactDetails;
import java.time.Instant;

/** One row of a file, read and checked: what the import creates from it. */
record ImportRow(
        int row, ClientProfile profile, long stageId, long ownerId, Instant lastTouch, ContactDetails contact) {}
