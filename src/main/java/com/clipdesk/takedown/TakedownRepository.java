package com.clipdesk.takedown;

import com.clipdesk.content.ContentKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TakedownRepository extends JpaRepository<Takedown, Long> {

    List<Takedown> findByItemKindAndItemIdOrderByIdDesc(ContentKind itemKind, long itemId);

    List<Takedown> findByItemKindAndItemIdAndStatus(ContentKind itemKind, long itemId, TakedownStatus status);
}
