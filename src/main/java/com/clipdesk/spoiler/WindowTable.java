package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The spoiler windows in force at one moment, to look many up without a query each. */
public final class WindowTable {

    private final List<SpoilerWindowView> windows;

    WindowTable(List<SpoilerWindowView> windows) {
        this.windows = List.copyOf(windows);
    }

    /** The market's override for the kind, else the default, else none (0 days). */
    public Duration of(String market, TitleKind kind) {
        return Duration.ofDays(days(market, kind));
    }

    public int days(String market, TitleKind kind) {
        SpoilerWindowView found = find(market, kind);
        if (found == null) {
            found = find(null, kind);
        }
        return found == null ? 0 : found.days();
    }

    /** True when the market has its own window for the kind. */
    public boolean overridden(String market, TitleKind kind) {
        return find(market, kind) != null;
    }

    private @Nullable SpoilerWindowView find(@Nullable String market, TitleKind kind) {
        for (SpoilerWindowView w : windows) {
            if (w.kind() == kind && java.util.Objects.equals(w.market(), market)) {
                return w;
            }
        }
        return null;
    }
}
