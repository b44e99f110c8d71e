package com.clipdesk.curation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which board: a market's home row ({@code titleId} null), or a market's page of one title. Built freely
 * (a view's choice, an API request); {@link CurationService} and {@link FeaturedFeed} refuse a title page
 * without a title and a home row with one.
 */
public record BoardKey(String market, Surface surface, @Nullable Long titleId) {

    public static BoardKey homeRow(String market) {
        return new BoardKey(market, Surface.HOME_ROW, null);
    }

    public static BoardKey titlePage(String market, long titleId) {
        return new BoardKey(market, Surface.TITLE_PAGE, titleId);
    }

    /** The same board in the market's canonical spelling ("fr" → "FR"). */
    BoardKey inMarket(String code) {
        return new BoardKey(code, surface, titleId);
    }

    /** What {@code featured_board.title_key} holds: the title id, or 0 for no title. */
    static long titleKey(@Nullable Long titleId) {
        return titleId == null ? 0 : titleId;
    }

    long titleKey() {
        return titleKey(titleId);
    }

    /** The field of the request that is wrong, with why; null when the surface and title fit. */
    public @Nullable String mismatch() {
        if (surface == Surface.TITLE_PAGE && titleId == null) {
            return "A title page board needs a title: choose one.";
        }
        if (surface == Surface.HOME_ROW && titleId != null) {
            return "A home row belongs to no title: leave the title out, or choose the title page.";
        }
        return null;
    }

    @Override
    public String toString() {
        return market.toUpperCase(Locale.ROOT) + " " + surface + (titleId == null ? "" : " title " + titleId);
    }
}
