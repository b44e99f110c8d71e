package com.clipdesk.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns the identity provider's claims into the console's authorities: every known role in the
 * roles claim becomes {@code ROLE_<ROLE>} (unknown values are ignored), every market code in the
 * markets claim becomes {@code MARKET_<CODE>}, and {@code "*"} becomes {@code MARKET_*} (all
 * markets). Claim names are configurable for identity providers that name them differently; a
 * dotted name such as {@code realm_access.roles} reads a nested claim. Claims may be a JSON list or
 * one string separated by commas or spaces.
 */
@Component
public class StaffAuthoritiesMapper implements GrantedAuthoritiesMapper {

    private final String rolesClaim;
    private final String marketsClaim;

    public StaffAuthoritiesMapper(
            @Value("${clipdesk.oidc.roles-claim:roles}") String rolesClaim,
            @Value("${clipdesk.oidc.markets-claim:markets}") String marketsClaim) {
        this.rolesClaim = rolesClaim;
        this.marketsClaim = marketsClaim;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                mapped.addAll(fromClaims(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    mapped.addAll(fromClaims(oidc.getUserInfo().getClaims()));
                }
            } else if (authority instanceof OAuth2UserAuthority oauth2) {
                mapped.addAll(fromClaims(oauth2.getAttributes()));
            }
        }
        return mapped;
    }

    /** The authorities the given claims grant. */
    public Set<GrantedAuthority> fromClaims(Map<String, Object> claims) {
        Set<GrantedAuthority> result = new LinkedHashSet<>();
        for (String value : values(claim(claims, rolesClaim))) {
            Role.fromClaim(value).ifPresent(role -> result.add(new SimpleGrantedAuthority(role.authority())));
        }
        for (String value : values(claim(claims, marketsClaim))) {
            String code = value.trim().toUpperCase(Locale.ROOT);
            if (code.equals(MarketScope.ALL) || code.matches("[A-Z0-9_-]{1,10}")) {
                result.add(new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + code));
            }
        }
        return result;
    }

    private static @Nullable Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> values(@Nullable Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item != null) {
                    values.add(item.toString());
                }
            }
        } else if (claim instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
