package com.clipdesk.policy;

import java.util.Set;

/** Which new fandom submissions wait for review before members see them. */
public record PreModeration(Mode mode, Set<String> ratings) {

    public enum Mode {
        /** None: submissions are published at once. */
        NONE,
        /** Every submission. */
        ALL,
        /** Submissions about titles with one of {@code ratings}. */
        RATINGS
    }

    public PreModeration {
        ratings = Set.copyOf(ratings);
        if (mode == Mode.RATINGS && ratings.isEmpty()) {
            throw new IllegalArgumentException("Name the ratings whose submissions are held for review");
        }
    }

    public static PreModeration none() {
        return new PreModeration(Mode.NONE, Set.of());
    }

    boolean holds(String rating) {
        return switch (mode) {
            case NONE -> false;
            case ALL -> true;
            case RATINGS -> ratings.contains(rating);
        };
    }
}
