package com.clipdesk.staff;

import java.time.Instant;
import java.util.Set;

/** A staff member completed an OIDC sign-in to the console. Published in the sign-in transaction. */
public record StaffSignedIn(String subject, String username, Set<Role> roles, MarketScope scope, Instant at) {

    public StaffSignedIn {
        roles = Set.copyOf(roles);
    }
}
