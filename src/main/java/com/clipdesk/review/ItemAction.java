package com.clipdesk.review;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk action over items does, in review's terms: Remove, Keep (closes the reports, publishes
 * what waits for review), or Keep with a spoiler flag.
 */
public enum ItemAction {
    REMOVE("Remove", "removed", Disposition.REMOVE, false),
    KEEP("Keep", "kept", Disposition.KEEP, false),
    FLAG_SPOILER("Flag as spoiler", "flagged", Disposition.KEEP, true);

    private final String label;
    private final String done;
    private final Disposition disposition;
    private final boolean spoiler;

    ItemAction(String label, String done, Disposition disposition, boolean spoiler) {
        this.label = label;
        this.done = done;
        this.disposition = disposition;
        this.spoiler = spoiler;
    }

    public String label() {
        return label;
    }

    /** "removed", "kept", "flagged" (as spoilers): what became of the items. */
    public String done() {
        return done;
    }

    /** The disposition the reason codes must allow. */
    public Disposition disposition() {
        return disposition;
    }

    public Decision decision(@Nullable String reasonCode, @Nullable String note) {
        return new Decision(disposition, spoiler, reasonCode, note);
    }

    /** The action a decision carries out. */
    public static ItemAction of(Decision decision) {
        if (decision.disposition() == Disposition.REMOVE) {
            return REMOVE;
        }
        return decision.markSpoiler() ? FLAG_SPOILER : KEEP;
    }
}
