package com.journeycrm.client;

/** Published once by an import (not once per client): open boards reload after it commits. */
public record ClientsImported(int clients, long byUserId, String byName) {}
