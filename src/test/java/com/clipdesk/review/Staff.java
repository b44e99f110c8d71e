package com.clipdesk.review;

import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.Set;
import java.util.function.Supplier;

/** Runs service calls as a named staff member with one role and every market, and returns the result. */
final class Staff {

    private Staff() {}

    static <T> T as(String username, Role role, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run(username, Set.of(role), Set.of("*"), () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    static void as(String username, Role role, Runnable action) {
        AsStaff.run(username, Set.of(role), Set.of("*"), action);
    }
}
