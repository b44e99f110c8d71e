package com.clipdesk.shared;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A text a person must give (a reason, an explanation): present after stripping, and not too long. */
public final class RequiredText {

    private RequiredText() {}

    /**
     * The stripped text; otherwise throws what {@code invalid} makes of the message: {@code whenMissing}
     * for a blank text, "At most {max} characters ({n} now)." for a long one.
     */
    public static String of(@Nullable String value, int max, String whenMissing,
            Function<String, ? extends RuntimeException> invalid) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw invalid.apply(whenMissing);
        }
        if (stripped.length() > max) {
            throw invalid.apply("At most " + max + " characters (" + stripped.length() + " now).");
        }
        return stripped;
    }
}
