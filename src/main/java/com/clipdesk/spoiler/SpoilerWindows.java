package com.clipdesk.spoiler;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.policy.PolicyDecisions;
import com.clipdesk.policy.SpoilerWindowSchedule;
import com.clipdesk.staff.CurrentStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spoiler windows in force. They are the sharing policies' spoiler rule (issue 8): per market and
 * title kind, on or off and how many days, changed only by publishing a reviewed policy version (so a
 * window change is four-eyes, audited, can be scheduled and rolled back). No staff check on reading the
 * schedule: a system rule the scheduler and the share-link status apply.
 */
@Service
@Transactional(readOnly = true)
public class SpoilerWindows {

    private final PolicyDecisions policies;
    private final CatalogService catalog;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    SpoilerWindows(PolicyDecisions policies, CatalogService catalog, CurrentStaff currentStaff, Clock clock) {
        this.policies = policies;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Every market's windows over time, as this transaction sees the published policies. */
    public SpoilerWindowSchedule schedule() {
        return policies.spoilerWindows();
    }

    /** Whether publishing the version changed any market's windows, now or later ({@code now}: with it). */
    boolean changedBy(long policyVersionId, SpoilerWindowSchedule now) {
        return !now.sameWindows(policies.spoilerWindowsWithout(policyVersionId));
    }

    /** How long spoiler-flagged items stay hidden in {@code market} after a release there, now. */
    public Duration windowFor(String market, TitleKind kind) {
        return schedule().window(market, kind, clock.instant());
    }

    /** Every window in force now, to look up many (a calendar page) without a query each. */
    public WindowTable inForce() {
        return new WindowTable(schedule(), clock.instant());
    }

    /**
     * The windows page: per market (in code order) and title kind, the window in force now, whether the
     * market changes the default's, and the next published change if one is scheduled.
     */
    public List<MarketWindows> all() {
        currentStaff.get();
        Instant now = clock.instant();
        SpoilerWindowSchedule schedule = schedule();
        List<MarketWindows> rows = new ArrayList<>();
        for (var market : catalog.markets()) {
            List<MarketWindows.Window> windows = new ArrayList<>();
            SpoilerWindowSchedule.InForce any = null;
            for (TitleKind kind : TitleKind.values()) {
                var inForce = schedule.inForce(market.code(), kind, now);
                any = inForce;
                windows.add(new MarketWindows.Window(kind, inForce.days(), inForce.marketOverrides(),
                        schedule.nextChange(market.code(), kind, now).orElse(null)));
            }
            rows.add(new MarketWindows(market.code(), market.name(), any == null || any.enabled(),
                    any == null ? 0 : any.marketVersion(), any == null ? 0 : any.defaultVersion(), windows));
        }
        return rows;
    }
}
