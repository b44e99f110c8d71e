package com.clipdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * What a reviewer decides on a case: a disposition, optionally a spoiler flag with it, a reason
 * code (required) and a note (required to escalate or ask for a second opinion).
 */
public record Decision(Disposition disposition, boolean markSpoiler, @Nullable String reasonCode,
        @Nullable String note) {

    public Decision {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static Decision of(Disposition disposition, String reasonCode) {
        return new Decision(disposition, false, reasonCode, null);
    }
}
