package com.clipdesk.staff;

import java.time.Instant;
import java.util.Set;

/** A staff member completed a sign-in through the identity provider. */
public record StaffSignedIn(String subject, String username, Set<Role> roles, MarketScope scope, Instant at) {}
