package com.clipdesk.strike;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's strikes and restrictions.
 *
 * @param activeCount strikes neither expired nor voided
 * @param strikes every strike, newest first
 * @param inForce restrictions in force now
 * @param recommendations recommended restrictions waiting for a lead's decision
 * @param past restrictions dismissed, lifted or ended
 * @param nextThreshold the next threshold above the active count, if any
 * @param mayDecide whether the signed-in staff member may void strikes and apply, dismiss or lift restrictions
 */
public record MemberStrikes(long memberId, int activeCount, List<StrikeView> strikes, List<RestrictionView> inForce,
        List<RestrictionView> recommendations, List<RestrictionView> past,
        StrikeSettings.@Nullable Threshold nextThreshold, boolean mayDecide, Instant now) {

    /** When the active strikes expire, earliest first. */
    public List<Instant> activeExpiries() {
        return strikes.stream().filter(StrikeView::active).map(StrikeView::expiresAt).sorted().toList();
    }
}
