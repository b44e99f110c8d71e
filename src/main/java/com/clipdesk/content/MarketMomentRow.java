package com.clipdesk.content;

import com.clipdesk.catalog.TitleKind;

/**
 * A Moment as seen from one market, for lists of Moments a policy reaches.
 *
 * @param takenDownInMarket a takedown hides it from members in the market (or everywhere)
 */
public record MarketMomentRow(long id, String titleName, String episodeLabel, TitleKind titleKind, int seconds,
        ContentState state, boolean takenDownInMarket) {

    /** "Operation Marigold · S1 E9 · The Reckoning", or just the title for a film. */
    public String titleAndEpisode() {
        return episodeLabel.equals(titleName) ? titleName : titleName + " · " + episodeLabel;
    }
}
