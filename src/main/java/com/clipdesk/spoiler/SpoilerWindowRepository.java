package com.clipdesk.spoiler;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpoilerWindowRepository extends JpaRepository<SpoilerWindow, Long> {

    List<SpoilerWindow> findAllByOrderByMarketCodeAscTitleKindAsc();
}
