package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import org.jspecify.annotations.Nullable;

/** An item to decide on, whether or not a case exists for it yet. */
public record ItemRef(ContentKind kind, long id) {

    /** The item's own page ("moments/42"), or null for kinds seen only through reports. */
    public @Nullable String route() {
        return kind.route() == null ? null : kind.route() + "/" + id;
    }

    @Override
    public String toString() {
        return kind.label() + " " + id;
    }
}
