package com.clipdesk.spoiler;

import com.clipdesk.catalog.ScheduledRelease;
import java.time.Instant;

/**
 * A release in a market and the spoiler window it opens there: spoiler-flagged items of the episode
 * are embargoed before {@code release.releasedAt()} and hidden behind a warning until {@code windowEnds}.
 */
public record CalendarEntry(ScheduledRelease release, int windowDays, boolean marketOverride, Instant windowEnds,
        Phase phase) {

    /**
     * Where the release stands at the time the calendar was read: embargoed until the release, in its spoiler
     * window, or clear.
     */
    public enum Phase {
        EMBARGOED("Embargoed"),
        SPOILER_WINDOW("Spoiler window"),
        CLEAR("Clear");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
