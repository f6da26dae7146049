package com.journeycrm.offering;

/** A service of the firm's catalogue as the admin's Services view lists it. */
public record CatalogueItem(
        long id,
        String name,
        String description,
        boolean offered,
        long clientsBought,
        long clientsAware,
        long version) {}
