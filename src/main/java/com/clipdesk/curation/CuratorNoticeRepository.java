package com.clipdesk.curation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratorNoticeRepository extends JpaRepository<CuratorNotice, Long> {

    List<CuratorNotice> findByMarketCodeInAndDismissedAtIsNullOrderByCreatedAtDesc(Collection<String> markets,
            Pageable page);

    List<CuratorNotice> findByDismissedAtIsNullOrderByCreatedAtDesc(Pageable page);

    long countByMarketCodeInAndDismissedAtIsNull(Collection<String> markets);

    long countByDismissedAtIsNull();
}
