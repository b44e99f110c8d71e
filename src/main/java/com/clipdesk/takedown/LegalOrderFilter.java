package com.clipdesk.takedown;

import org.jspecify.annotations.Nullable;

/** Filters of the legal-orders list: a status, or only the open ones past their deadline. */
public record LegalOrderFilter(@Nullable LegalOrderStatus status, boolean overdueOnly) {

    public static LegalOrderFilter none() {
        return new LegalOrderFilter(null, false);
    }
}
