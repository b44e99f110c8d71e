package com.clipdesk.takedown;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalOrderRepository extends JpaRepository<LegalOrder, Long> {

    List<LegalOrder> findByTakedownIn(Collection<Takedown> takedowns);

    List<LegalOrder> findByItemKindAndItemIdAndStatus(com.clipdesk.content.ContentKind itemKind, long itemId,
            LegalOrderStatus status);
}
