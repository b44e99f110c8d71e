package com.clipdesk.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An episode's release date in a market was set, moved or removed (published in the change's
 * transaction). Spoiler windows follow it: a date moved later embargoes the episode's items there again.
 *
 * @param before the date before the change; null when the market had none
 * @param after the date after the change; null when it was removed
 */
public record ReleaseDateChanged(long episodeId, long titleId, String market, @Nullable Instant before,
        @Nullable Instant after, String changedBy, Instant changedAt) {}
