package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.policy.SpoilerWindowSchedule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A market's spoiler windows in force, as the windows page shows them.
 *
 * @param enabled false: the market's policy switches spoiler windows off
 * @param marketVersion the market's policy version in force (0: it inherits every rule)
 * @param defaultVersion the default policy's version in force
 */
public record MarketWindows(String market, String marketName, boolean enabled, int marketVersion, int defaultVersion,
        List<Window> windows) {

    public MarketWindows {
        windows = List.copyOf(windows);
    }

    /**
     * @param overridden the market's policy changes this kind's window
     * @param next the next published change of it, if one is scheduled
     */
    public record Window(TitleKind kind, int days, boolean overridden, SpoilerWindowSchedule.@Nullable Change next) {}
}
