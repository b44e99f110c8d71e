package com.clipdesk.policy;

import org.jspecify.annotations.Nullable;

/** Input a policy admin can fix; nothing was saved. {@link #field()} names the rule or field at fault. */
public class InvalidPolicyException extends RuntimeException {

    private final @Nullable String field;

    public InvalidPolicyException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
