package com.clipdesk.staff;

import java.util.Set;

/** The staff member behind the current request, as their identity provider describes them. */
public record SignedInStaff(String subject, String username, String displayName, Set<Role> roles, MarketScope scope) {

    public SignedInStaff {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
