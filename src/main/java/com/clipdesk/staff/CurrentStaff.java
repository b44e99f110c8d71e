package com.clipdesk.staff;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is asking. Roles and markets are read from the authorities of the current authentication:
 * {@code ROLE_<ROLE>} and {@code MARKET_<CODE>} (or {@code MARKET_*} for every market), which
 * {@link StaffAuthoritiesMapper} derives from the ID token's claims.
 */
@Component
public class CurrentStaff {

    public static final String MARKET_AUTHORITY_PREFIX = "MARKET_";

    /** The signed-in staff member; throws when nobody is signed in. */
    public SignedInStaff get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            throw new AccessDeniedException("Not signed in");
        }
        return from(auth);
    }

    public static SignedInStaff from(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> markets = new HashSet<>();
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith("ROLE_")) {
                Role.fromClaim(name).ifPresent(roles::add);
            } else if (name.startsWith(MARKET_AUTHORITY_PREFIX)) {
                markets.add(name.substring(MARKET_AUTHORITY_PREFIX.length()));
            }
        }
        String subject = auth.getName();
        String username = auth.getName();
        String displayName = auth.getName();
        if (auth.getPrincipal() instanceof OidcUser oidc) {
            subject = oidc.getSubject();
            if (oidc.getPreferredUsername() != null) {
                username = oidc.getPreferredUsername();
            }
            if (oidc.getFullName() != null) {
                displayName = oidc.getFullName();
            } else {
                displayName = username;
            }
        }
        return new SignedInStaff(subject, username, displayName, roles, MarketScope.of(markets));
    }

    /** Throws {@link AccessDeniedException} unless the staff member holds one of the roles. */
    public SignedInStaff require(Role... anyOf) {
        SignedInStaff staff = get();
        if (!staff.hasAny(anyOf)) {
            throw new AccessDeniedException("Requires one of " + java.util.Arrays.toString(anyOf));
        }
        return staff;
    }
}
