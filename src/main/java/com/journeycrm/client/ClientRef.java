package com.journeycrm.client;

/** A client as a link or a choice in a selector. */
public record ClientRef(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
