package com.clipdesk.staff.internal;

import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import java.util.List;
import java.util.Optional;

/**
 * The demo staff accounts of the development identity provider: one per role. LOCAL USE ONLY: the
 * provider that knows them runs only with {@code clipdesk.dev-idp.enabled=true}
 * (application-local.properties). The README and the tests rely on this list.
 */
public final class DemoStaffAccounts {

    /** A demo account; {@code markets} holds market codes or {@code "*"} for every market. */
    public record Account(String username, String password, String displayName, Role role, List<String> markets) {

        public String email() {
            return displayName.toLowerCase(java.util.Locale.ROOT)
                    .replace('é', 'e').replace(' ', '.') + "@clipdesk.example";
        }

        public MarketScope scope() {
            return MarketScope.of(markets);
        }
    }

    public static final List<Account> ALL = List.of(
            new Account("moderator", "moderator", "Mariana Costa", Role.MODERATOR, List.of("BR", "MX", "ES")),
            new Account("lead", "lead", "Lucas Meyer", Role.LEAD_MODERATOR, List.of(MarketScope.ALL)),
            new Account("policy", "policy", "Priya Natarajan", Role.POLICY_ADMIN, List.of(MarketScope.ALL)),
            new Account("curator", "curator", "Chloé Martin", Role.CURATOR, List.of("FR", "DE", "GB")),
            new Account("auditor", "auditor", "Aiko Tanaka", Role.AUDITOR, List.of(MarketScope.ALL)),
            new Account("admin", "admin", "Alex Johnson", Role.ADMIN, List.of(MarketScope.ALL)));

    private DemoStaffAccounts() {}

    public static Optional<Account> find(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    public static Account of(Role role) {
        return ALL.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
    }
}
