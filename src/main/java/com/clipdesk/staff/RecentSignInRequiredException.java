package com.clipdesk.staff;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sensitive action was refused because the staff member's sign-in is older than the window
 * {@link RecentSignIn} allows. Nothing was changed; signing in again (with the identity provider
 * asked to check the person again) and repeating the action lets it through. Not an
 * {@code AccessDeniedException}: the person may do it, they only have to prove again that they are who
 * they say.
 */
public class RecentSignInRequiredException extends RuntimeException {

    private final String action;
    private final @Nullable Instant signedInAt;
    private final Duration window;

    public RecentSignInRequiredException(String action, @Nullable Instant signedInAt, Instant now, Duration window) {
        super(message(action, signedInAt, now, window));
        this.action = action;
        this.signedInAt = signedInAt;
        this.window = window;
    }

    /** What was refused, as a noun phrase: "Lifting a takedown". */
    public String action() {
        return action;
    }

    public @Nullable Instant signedInAt() {
        return signedInAt;
    }

    public Duration window() {
        return window;
    }

    private static String message(String action, @Nullable Instant signedInAt, Instant now, Duration window) {
        String since = signedInAt == null
                ? "the console cannot tell when you signed in"
                : "you signed in " + ago(Duration.between(signedInAt, now)) + " ago";
        return action + " needs you to sign in again: " + since + ", and it asks for a sign-in within the last "
                + ago(window) + ".";
    }

    /** "2 h", "2 h 5 min", "12 min", "40 s". */
    static String ago(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours < 48) {
            return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        }
        return (hours / 24) + " days";
    }
}
