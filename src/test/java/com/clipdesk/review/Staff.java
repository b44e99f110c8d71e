package com.clipdesk.review;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a named staff member with one role and every market, and returns the result. */
final class Staff {

    private Staff() {}

    static <T> T as(String username, Role role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority(role.authority()),
                        new SimpleGrantedAuthority(CurrentStaff.MARKET_AUTHORITY_PREFIX + "*"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
