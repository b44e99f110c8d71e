package com.clipdesk.curation;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ContentState;
import com.clipdesk.content.MarketHold;
import com.clipdesk.content.Moment;
import java.util.Map;
import java.util.Set;

/** What eligibility reads of a Moment: its state, markets, blocks, holds, length and title (id and name). */
record MomentFacts(long id, ContentState state, Set<String> markets, Set<String> blocked,
        Map<String, MarketHold> holds, int clipSeconds, long titleId, long seasonId, TitleKind titleKind,
        String titleName) {

    static MomentFacts of(Moment m) {
        var season = m.getEpisode().getSeason();
        return new MomentFacts(m.getId(), m.getState(), m.getMarkets(), m.getBlockedMarkets(), m.getHolds(),
                m.getEndSecond() - m.getStartSecond(), season.getTitle().getId(), season.getId(),
                season.getTitle().getKind(), season.getTitle().getName());
    }
}
