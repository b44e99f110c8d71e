package com.clipdesk.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The console sessions open on this app node, as Spring Security's {@link SessionRegistry} tracks
 * them. Node-local and for display only: ending sessions works on every node through
 * {@link StaffDirectory#endSessions}.
 */
@Component
public class ConsoleSessions {

    private final SessionRegistry registry;

    ConsoleSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Live console sessions of the staff member on this node. Admins and auditors only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public int liveOnThisNode(String subject) {
        int count = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof OidcUser oidc && subject.equals(oidc.getSubject())) {
                count += registry.getAllSessions(principal, false).size();
            }
        }
        return count;
    }
}
