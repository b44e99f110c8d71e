package com.clipdesk.spoiler;

import com.clipdesk.catalog.TitleKind;
import com.clipdesk.policy.SpoilerWindowSchedule;
import java.time.Duration;
import java.time.Instant;

/** The spoiler windows in force at one moment, to look many up without a query each. */
public final class WindowTable {

    private final SpoilerWindowSchedule schedule;
    private final Instant at;

    WindowTable(SpoilerWindowSchedule schedule, Instant at) {
        this.schedule = schedule;
        this.at = at;
    }

    /** The window in the market for the kind: its policy's, or the default policy's; none without a policy. */
    public Duration of(String market, TitleKind kind) {
        return Duration.ofDays(days(market, kind));
    }

    public int days(String market, TitleKind kind) {
        return schedule.inForce(market, kind, at).days();
    }

    /** True when the market's policy changes the default's window for the kind. */
    public boolean overridden(String market, TitleKind kind) {
        return schedule.inForce(market, kind, at).marketOverrides();
    }
}
