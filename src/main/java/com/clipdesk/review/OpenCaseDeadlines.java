package com.clipdesk.review;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * After a service level changes, moves the deadline and queue rank of the undecided cases it
 * governs, so that the queues follow the new hours at once rather than from the next report.
 * Updates with statements that leave the cases' versions alone: a reviewer who has a case open can
 * still decide it.
 */
@Component
class OpenCaseDeadlines {

    private static final int PAGE = 500;

    private final EntityManager entityManager;

    OpenCaseDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Recomputes the cases whose top reason is {@code reasonKey} ({@link ServiceLevel#PRE_MODERATION}:
     * pre-moderation cases without reports), given that reason's hours per market ("*" the default).
     * Returns how many cases moved.
     */
    int recompute(String reasonKey, Map<String, Integer> hoursByMarket) {
        boolean preModeration = ServiceLevel.PRE_MODERATION.equals(reasonKey);
        String where = preModeration ? "c.topReason is null" : "c.topReason = :reason";
        int moved = 0;
        long after = 0;
        while (true) {
            var query = entityManager.createQuery("select c.id, c.markets, c.firstReportedAt, c.openedAt,"
                    + " c.reportCount, c.shareCount, c.dueAt, c.rankAt from ReviewCase c"
                    + " where c.status <> :closed and c.id > :after and " + where + " order by c.id", Object[].class)
                    .setParameter("closed", CaseStatus.CLOSED)
                    .setParameter("after", after)
                    .setMaxResults(PAGE);
            if (!preModeration) {
                query.setParameter("reason", com.clipdesk.report.ReportReason.valueOf(reasonKey));
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                after = id;
                String markets = (String) row[1];
                Set<String> marketCodes = markets.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(markets.split(",")));
                Duration sla = ServiceLevels.strictestOf(hoursByMarket, marketCodes);
                Instant due = Priority.dueAt((Instant) row[2], sla);
                Instant rank = Priority.rankAt(due, sla, (Integer) row[4], (Integer) row[5]);
                if (due.equals(row[6]) && rank.equals(row[7])) {
                    continue;
                }
                entityManager.createQuery("""
                        update ReviewCase c set c.dueAt = :due, c.rankAt = :rank
                        where c.id = :id and c.status <> :closed""")
                        .setParameter("due", due).setParameter("rank", rank).setParameter("id", id)
                        .setParameter("closed", CaseStatus.CLOSED).executeUpdate();
                entityManager.createQuery("update QueueEntry e set e.rankAt = :rank, e.dueAt = :due where e.caseId = :id")
                        .setParameter("rank", rank).setParameter("due", due).setParameter("id", id).executeUpdate();
                moved++;
            }
            if (rows.size() < PAGE) {
                return moved;
            }
        }
    }
}
