package com.clipdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class StaffAuthoritiesMapperTest {

    private final StaffAuthoritiesMapper mapper = new StaffAuthoritiesMapper("roles", "markets");

    @Test
    void rolesAndMarketsBecomeAuthorities() {
        assertThat(names(mapper.fromClaims(Map.of("roles", List.of("MODERATOR"), "markets", List.of("BR", "MX", "ES")))))
                .containsExactlyInAnyOrder("ROLE_MODERATOR", "MARKET_BR", "MARKET_MX", "MARKET_ES");
    }

    @Test
    void unknownRolesAreIgnored() {
        assertThat(names(mapper.fromClaims(Map.of("roles", List.of("offline_access", "uma_authorization", "curator")))))
                .containsExactly("ROLE_CURATOR");
    }

    @Test
    void starMeansAllMarkets() {
        Set<String> authorities = names(mapper.fromClaims(Map.of("roles", List.of("ADMIN"), "markets", List.of("*"))));
        assertThat(authorities).containsExactlyInAnyOrder("ROLE_ADMIN", "MARKET_*");
    }

    @Test
    void noKnownRoleGivesNoRoleAuthority() {
        assertThat(names(mapper.fromClaims(Map.of("roles", List.of("guest"), "markets", List.of("BR")))))
                .containsExactly("MARKET_BR");
        assertThat(names(mapper.fromClaims(Map.of("name", "Nobody")))).isEmpty();
    }

    @Test
    void claimsMayBeStringsOrNestedAndRoleSpellingIsLenient() {
        StaffAuthoritiesMapper keycloakStyle = new StaffAuthoritiesMapper("realm_access.roles", "markets");
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("lead-moderator", "default-roles-clipdesk")),
                "markets", "fr, de gb");
        assertThat(names(keycloakStyle.fromClaims(claims)))
                .containsExactlyInAnyOrder("ROLE_LEAD_MODERATOR", "MARKET_FR", "MARKET_DE", "MARKET_GB");
    }

    @Test
    void mapsTheIdTokenOfAnOidcSignInAndCurrentStaffReadsItBack() {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "moderator", "roles", List.of("MODERATOR", "AUDITOR"), "markets", List.of("BR", "MX")));
        Collection<? extends GrantedAuthority> mapped = mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        assertThat(mapped.stream().map(GrantedAuthority::getAuthority))
                .containsExactlyInAnyOrder("ROLE_MODERATOR", "ROLE_AUDITOR", "MARKET_BR", "MARKET_MX");

        var authentication = new org.springframework.security.authentication.TestingAuthenticationToken(
                "moderator", "n/a", List.copyOf(mapped));
        SignedInStaff staff = CurrentStaff.from(authentication);
        assertThat(staff.roles()).containsExactlyInAnyOrder(Role.MODERATOR, Role.AUDITOR);
        assertThat(staff.scope()).isEqualTo(MarketScope.of("BR", "MX"));
    }

    private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
