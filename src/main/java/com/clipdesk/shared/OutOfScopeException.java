package com.clipdesk.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when an item exists but lies outside every market of the staff member's scope. It is an
 * {@link AccessDeniedException}, so the UI shows the forbidden page and the API answers 403.
 */
public class OutOfScopeException extends AccessDeniedException {

    public OutOfScopeException(String what, Object id) {
        super(what + " " + id + " is outside your markets");
    }
}
