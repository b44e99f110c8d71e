package com.clipdesk.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findByMarketCodeOrderByNumberDesc(String marketCode);

    List<PolicyVersion> findByStatusOrderByMarketCodeAscEffectiveAtAscNumberAsc(PolicyStatus status);

    /** Markets ('*': the default) with a version published, or taking effect, in (after, upTo]. */
    @Query("""
            select distinct v.marketCode from PolicyVersion v where v.status = :status
            and ((v.effectiveAt > :after and v.effectiveAt <= :upTo) or (v.publishedAt > :after and v.publishedAt <= :upTo))""")
    List<String> marketsChangedBetween(PolicyStatus status, java.time.Instant after, java.time.Instant upTo);

    @Query("select coalesce(max(v.number), 0) from PolicyVersion v where v.marketCode = :market")
    int lastNumber(String market);
}
