package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QueueEntryRepository extends JpaRepository<QueueEntry, QueueEntry.Key> {

    List<QueueEntry> findByCaseId(long caseId);

    @Modifying(flushAutomatically = true)
    @Query("delete from QueueEntry e where e.caseId = :caseId")
    int deleteByCase(@Param("caseId") long caseId);

    /**
     * The first free cases of one market's lane in priority order (index ix_queue_next): leased
     * cases are stepped over, cases this reviewer skipped or asked about are left out.
     */
    @Query("""
            select new com.clipdesk.review.QueueEntryRepository$Candidate(e.caseId, e.severity, e.rankAt, e.subjectKind, e.category)
            from QueueEntry e join ReviewCase c on c.id = e.caseId
            where e.marketCode = :market and e.lane = :lane
              and (c.leaseUntil is null or c.leaseUntil < :now)
              and (c.escalatedBy is null or c.escalatedBy <> :username)
              and e.caseId not in :skipped
            order by e.severity, e.rankAt, e.caseId""")
    List<Candidate> candidates(@Param("market") String market, @Param("lane") Lane lane, @Param("now") Instant now,
            @Param("username") String username, @Param("skipped") List<Long> skipped, Limit limit);

    /** As {@link #candidates} over every market, for staff who work them all (index ix_queue_next_all). */
    @Query("""
            select new com.clipdesk.review.QueueEntryRepository$Candidate(e.caseId, e.severity, e.rankAt, e.subjectKind, e.category)
            from QueueEntry e join ReviewCase c on c.id = e.caseId
            where e.lane = :lane
              and (c.leaseUntil is null or c.leaseUntil < :now)
              and (c.escalatedBy is null or c.escalatedBy <> :username)
              and e.caseId not in :skipped
            order by e.severity, e.rankAt, e.caseId""")
    List<Candidate> candidatesAnywhere(@Param("lane") Lane lane, @Param("now") Instant now,
            @Param("username") String username, @Param("skipped") List<Long> skipped, Limit limit);

    /** As {@link #candidates} within one kind and category (index ix_queue_next_in). */
    @Query("""
            select new com.clipdesk.review.QueueEntryRepository$Candidate(e.caseId, e.severity, e.rankAt, e.subjectKind, e.category)
            from QueueEntry e join ReviewCase c on c.id = e.caseId
            where e.marketCode = :market and e.lane = :lane and e.subjectKind = :kind and e.category = :category
              and (c.leaseUntil is null or c.leaseUntil < :now)
              and (c.escalatedBy is null or c.escalatedBy <> :username)
              and e.caseId not in :skipped
            order by e.severity, e.rankAt, e.caseId""")
    List<Candidate> candidatesIn(@Param("market") String market, @Param("lane") Lane lane,
            @Param("kind") ContentKind kind, @Param("category") QueueCategory category, @Param("now") Instant now,
            @Param("username") String username, @Param("skipped") List<Long> skipped, Limit limit);

    /** Open cases per queue: market, lane, kind and category, with how many are overdue. */
    @Query("""
            select new com.clipdesk.review.QueueSummary(e.marketCode, e.lane, e.subjectKind, e.category,
                count(e), sum(case when e.dueAt < :now then 1 else 0 end), min(e.dueAt))
            from QueueEntry e
            where e.marketCode in :markets
            group by e.marketCode, e.lane, e.subjectKind, e.category""")
    List<QueueSummary> summaries(@Param("markets") List<String> markets, @Param("now") Instant now);

    record Candidate(long caseId, int severity, Instant rankAt, ContentKind kind, QueueCategory category) {}
}
