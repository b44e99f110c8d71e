package com.clipdesk.strike;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRestrictionRepository extends JpaRepository<MemberRestriction, Long> {

    List<MemberRestriction> findByMemberIdOrderByCreatedAtDescIdDesc(long memberId);

    List<MemberRestriction> findByMemberIdAndCodeAndStatusIn(long memberId, String code,
            java.util.Collection<RestrictionStatus> statuses);
}
