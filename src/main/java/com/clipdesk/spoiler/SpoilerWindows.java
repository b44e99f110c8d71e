package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spoiler windows in force: for a market and title kind, the market's override or else the
 * default. No staff check on reading (a system rule the scheduler, the share-link API and the
 * calendar apply); changes are the admins' (to come with the windows page).
 */
@Service
@Transactional(readOnly = true)
public class SpoilerWindows {

    private final SpoilerWindowRepository windows;

    SpoilerWindows(SpoilerWindowRepository windows) {
        this.windows = windows;
    }

    /** How long spoiler-flagged items stay hidden in {@code market} after the release there. */
    public Duration windowFor(String market, TitleKind kind) {
        SpoilerWindow fallback = null;
        for (SpoilerWindow w : windows.findAllByOrderByMarketCodeAscTitleKindAsc()) {
            if (w.getTitleKind() != kind) {
                continue;
            }
            if (market.equals(w.getMarketCode())) {
                return Duration.ofDays(w.getDays());
            }
            if (w.getMarketCode() == null) {
                fallback = w;
            }
        }
        return Duration.ofDays(fallback == null ? 0 : fallback.getDays());
    }
}
