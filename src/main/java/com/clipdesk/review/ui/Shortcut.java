package com.clipdesk.review.ui;

import java.util.Locale;
import java.util.Optional;

/** The case page's keys, as buttons and the help overlay show them. */
enum Shortcut {
    KEEP("K", "Keep"),
    REMOVE("R", "Remove"),
    ESCALATE("E", "Escalate to a lead (write a note)"),
    SECOND_OPINION("O", "Ask for a second opinion (write a note)"),
    SPOILER("P", "Mark as spoiler, or unmark (goes with any decision)"),
    REASON("1–9", "Pick the n-th reason code of the list"),
    DECIDE("Enter", "Decide"),
    SKIP("S", "Skip: let go of this case and open the next"),
    NEXT("N", "Next case"),
    HELP("?", "Show or hide these shortcuts"),
    ESCAPE("Esc", "Close this help; leave the note field");

    private final String key;
    private final String description;

    Shortcut(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The key as the UI writes it ("K", "Enter"). */
    String key() {
        return key;
    }

    String description() {
        return description;
    }

    /** The shortcut of a browser {@code KeyboardEvent.key}, ignoring letter case. */
    static Optional<Shortcut> of(String key) {
        if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '9') {
            return Optional.of(REASON);
        }
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "k" -> Optional.of(KEEP);
            case "r" -> Optional.of(REMOVE);
            case "e" -> Optional.of(ESCALATE);
            case "o" -> Optional.of(SECOND_OPINION);
            case "p" -> Optional.of(SPOILER);
            case "enter" -> Optional.of(DECIDE);
            case "s" -> Optional.of(SKIP);
            case "n" -> Optional.of(NEXT);
            case "?" -> Optional.of(HELP);
            case "escape", "esc" -> Optional.of(ESCAPE);
            default -> Optional.empty();
        };
    }
}
