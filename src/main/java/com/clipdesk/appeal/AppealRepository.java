package com.clipdesk.appeal;

import com.clipdesk.content.ContentKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    List<Appeal> findByItemKindAndItemIdOrderByIdDesc(ContentKind itemKind, long itemId);

    boolean existsByOpenKey(String openKey);
}
