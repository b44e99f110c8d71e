package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberNoticeRepository extends JpaRepository<MemberNotice, Long> {

    List<MemberNotice> findByItemKindAndItemIdOrderByIdDesc(ContentKind itemKind, long itemId);

    List<MemberNotice> findByMemberIdOrderByIdDesc(long memberId, Pageable page);

    long countByMemberId(long memberId);

    Optional<MemberNotice> findFirstByDecisionReferenceOrderByIdDesc(String decisionReference);
}
