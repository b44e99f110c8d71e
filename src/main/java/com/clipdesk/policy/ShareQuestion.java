package com.clipdesk.policy;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.content.ShareDestination;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the product asks at share time: may a member of this age band share a clip of this length
 * of this title (and season) to this destination in this market, now?
 *
 * @param rating the title's maturity rating ("ALL", "7+", "13+", "16+", "18+")
 * @param ageBand the member's age band ("13_17", "18_24", "25_34", "35_54", "55_PLUS")
 */
public record ShareQuestion(String market, long titleId, @Nullable Long seasonId, TitleKind titleKind, String rating,
        int clipSeconds, ShareDestination destination, String ageBand, Instant at) {}
