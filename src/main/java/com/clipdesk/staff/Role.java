package com.clipdesk.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a staff member may do. Roles arrive as the {@code roles} claim of the OIDC ID token (see
 * README, "Roles and markets from the identity provider") and become {@code ROLE_<NAME>} authorities.
 */
public enum Role {
    MODERATOR("Moderator"),
    LEAD_MODERATOR("Lead moderator"),
    POLICY_ADMIN("Policy admin"),
    CURATOR("Curator"),
    AUDITOR("Auditor"),
    ADMIN("Admin");

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String MODERATOR_NAME = "MODERATOR";
    public static final String LEAD_MODERATOR_NAME = "LEAD_MODERATOR";
    public static final String POLICY_ADMIN_NAME = "POLICY_ADMIN";
    public static final String CURATOR_NAME = "CURATOR";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a claim value: case-insensitive, "-" or " " may stand for "_". Unknown values are ignored. */
    public static Optional<Role> fromClaim(String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (normalized.startsWith("ROLE_")) {
            normalized = normalized.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
