package com.clipdesk.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseDecisionRepository extends JpaRepository<CaseDecision, Long> {

    List<CaseDecision> findByCaseIdOrderByIdDesc(long caseId);

    List<CaseDecision> findBySubjectKindAndSubjectIdOrderByIdDesc(com.clipdesk.content.ContentKind subjectKind,
            long subjectId);

    /** Earlier decisions on other items of the same creator, newest first. */
    @Query("""
            select d from CaseDecision d where d.creatorId = :creatorId and d.caseId <> :exceptCase
            order by d.decidedAt desc limit 20""")
    List<CaseDecision> creatorHistory(@Param("creatorId") long creatorId, @Param("exceptCase") long exceptCase);

    @Query("""
            select count(d) from CaseDecision d where d.creatorId = :creatorId and d.disposition = :disposition""")
    long countByCreator(@Param("creatorId") long creatorId, @Param("disposition") Disposition disposition);

    @Query("""
            select new com.clipdesk.review.ReviewerThroughput(d.decidedBy, max(d.decidedByName), count(d),
                sum(case when d.disposition = com.clipdesk.review.Disposition.KEEP then 1 else 0 end),
                sum(case when d.disposition = com.clipdesk.review.Disposition.REMOVE then 1 else 0 end),
                sum(case when d.disposition = com.clipdesk.review.Disposition.ESCALATE
                          or d.disposition = com.clipdesk.review.Disposition.SECOND_OPINION then 1 else 0 end),
                min(d.decidedAt), max(d.decidedAt))
            from CaseDecision d where d.decidedAt >= :from and d.decidedAt < :to
            group by d.decidedBy order by count(d) desc""")
    List<ReviewerThroughput> throughput(@Param("from") Instant from, @Param("to") Instant to);
}
