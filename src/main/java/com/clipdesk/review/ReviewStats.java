package com.clipdesk.review;

import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the review team is doing: decisions per reviewer. For leads and admins only. */
@Service
@Transactional(readOnly = true)
public class ReviewStats {

    static final Role[] READERS = {Role.LEAD_MODERATOR, Role.ADMIN};

    private final CaseDecisionRepository decisions;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ReviewStats(CaseDecisionRepository decisions, CurrentStaff currentStaff, Clock clock) {
        this.decisions = decisions;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Per reviewer since midnight UTC, most decisions first. */
    public List<ReviewerThroughput> today() {
        Instant now = clock.instant();
        return throughput(now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant(), now);
    }

    /** Per reviewer over the last seven days (168 hours up to now), most decisions first. */
    public List<ReviewerThroughput> lastSevenDays() {
        Instant now = clock.instant();
        return throughput(now.minus(Duration.ofDays(7)), now);
    }

    /** Per reviewer in [from, to), most decisions first. */
    public List<ReviewerThroughput> throughput(Instant from, Instant to) {
        currentStaff.require(READERS);
        if (!from.isBefore(to)) {
            return List.of();
        }
        // "to" is exclusive in the query: a decision taken this very instant still counts
        return decisions.throughput(from, to.plusMillis(1));
    }
}
