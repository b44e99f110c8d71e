package com.clipdesk.review;

import com.clipdesk.report.ReportReason;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long cases may wait, per reason and market ({@code review_sla}). A market without its own
 * row uses the {@value ServiceLevel#ALL_MARKETS} row; a case in several markets gets the
 * strictest of them.
 */
@Service
@Transactional(readOnly = true)
public class ServiceLevels {

    /** When no row at all matches (a reason added later): a day. */
    static final Duration FALLBACK = Duration.ofHours(24);

    private final ServiceLevelRepository levels;
    private final CurrentStaff currentStaff;

    ServiceLevels(ServiceLevelRepository levels, CurrentStaff currentStaff) {
        this.levels = levels;
        this.currentStaff = currentStaff;
    }

    public List<ServiceLevelView> all() {
        currentStaff.require(Role.LEAD_MODERATOR, Role.ADMIN, Role.MODERATOR, Role.POLICY_ADMIN);
        return levels.findAllByOrderByKeyReasonAscKeyMarketCodeAsc().stream().map(ServiceLevelView::of).toList();
    }

    /** The strictest service level among the markets, for a report reason (null: pre-moderation). */
    Duration strictest(@Nullable ReportReason reason, Collection<String> markets) {
        String key = reason == null ? ServiceLevel.PRE_MODERATION : reason.name();
        Map<String, Integer> byMarket = new HashMap<>();
        for (ServiceLevel level : levels.findAll()) {
            if (level.getReason().equals(key)) {
                byMarket.put(level.getMarketCode(), level.getHours());
            }
        }
        Integer fallback = byMarket.get(ServiceLevel.ALL_MARKETS);
        int best = Integer.MAX_VALUE;
        for (String market : markets) {
            Integer hours = byMarket.getOrDefault(market, fallback);
            if (hours != null) {
                best = Math.min(best, hours);
            }
        }
        if (best == Integer.MAX_VALUE) {
            return fallback == null ? FALLBACK : Duration.ofHours(fallback);
        }
        return Duration.ofHours(best);
    }

    public record ServiceLevelView(String reason, String market, int hours, long version) {
        static ServiceLevelView of(ServiceLevel l) {
            return new ServiceLevelView(l.getReason(), l.getMarketCode(), l.getHours(), l.getVersion());
        }
    }
}
