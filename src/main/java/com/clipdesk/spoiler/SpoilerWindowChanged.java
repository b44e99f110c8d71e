package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import org.jspecify.annotations.Nullable;

/**
 * A spoiler window was changed, added or removed (published in the change's transaction), so what
 * clears when can be computed again.
 *
 * @param market null for a default (every market without an override)
 * @param daysBefore null when an override was added
 * @param daysAfter null when an override was removed
 */
public record SpoilerWindowChanged(@Nullable String market, TitleKind kind, @Nullable Integer daysBefore,
        @Nullable Integer daysAfter) {}
