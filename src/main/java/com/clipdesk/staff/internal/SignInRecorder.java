package com.clipdesk.staff.internal;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import com.clipdesk.staff.StaffDirectory;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every completed OIDC sign-in to the console in the staff directory. Sign-ins on the
 * development provider's own form (a username/password principal) are not console sign-ins and
 * are ignored here.
 */
@Component
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final StaffDirectory directory;

    SignInRecorder(StaffDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OidcUser oidc)) {
            return;
        }
        SignedInStaff staff = CurrentStaff.from(event.getAuthentication());
        // the session's sign-in time, to the millisecond, for "sign out everywhere" (SessionCutoffFilter)
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(SessionCutoffFilter.SIGNED_IN_AT, Instant.now());
        }
        directory.recordSignIn(staff, oidc.getEmail());
        log.info("Staff member {} ({}) signed in with roles {} in markets {}",
                staff.username(), staff.subject(), staff.roles(), staff.scope());
    }
}
