package com.clipdesk.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findByMarketCodeOrderByNumberDesc(String marketCode);

    List<PolicyVersion> findByStatusOrderByMarketCodeAscEffectiveAtAscNumberAsc(PolicyStatus status);

    @Query("select coalesce(max(v.number), 0) from PolicyVersion v where v.marketCode = :market")
    int lastNumber(String market);
}
