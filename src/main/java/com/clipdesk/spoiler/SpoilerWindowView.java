package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import org.jspecify.annotations.Nullable;

/** A spoiler window as the windows page shows and edits it; market null is the default for every market. */
public record SpoilerWindowView(long id, @Nullable String market, TitleKind kind, int days, long version) {

    static SpoilerWindowView of(SpoilerWindow w) {
        return new SpoilerWindowView(w.getId(), w.getMarketCode(), w.getTitleKind(), w.getDays(), w.getVersion());
    }

    public boolean isDefault() {
        return market == null;
    }

    /** "Default · Series" or "DE · Series" */
    public String label() {
        return (market == null ? "Default" : market) + " · " + kind.label();
    }
}
