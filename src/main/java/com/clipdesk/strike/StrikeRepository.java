package com.clipdesk.strike;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrikeRepository extends JpaRepository<Strike, Long> {

    List<Strike> findByMemberIdOrderByIssuedAtDescIdDesc(long memberId);

    Optional<Strike> findByTakedownId(long takedownId);
}
