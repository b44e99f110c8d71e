package com.clipdesk.takedown;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalOrderRepository extends JpaRepository<LegalOrder, Long> {

    List<LegalOrder> findByTakedownIn(Collection<Takedown> takedowns);
}
