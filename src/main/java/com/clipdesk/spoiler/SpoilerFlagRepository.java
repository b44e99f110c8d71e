package com.clipdesk.spoiler;

import com.clipdesk.content.ContentKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpoilerFlagRepository extends JpaRepository<SpoilerFlag, Long> {

    Optional<SpoilerFlag> findFirstByItemKindAndItemIdAndActiveTrue(ContentKind itemKind, long itemId);

    List<SpoilerFlag> findByTargetAndTargetIdAndActiveTrue(SpoilerTarget target, long targetId);

    List<SpoilerFlag> findByActiveTrue();
}
