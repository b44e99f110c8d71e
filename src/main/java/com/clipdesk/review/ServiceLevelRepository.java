package com.clipdesk.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelRepository extends JpaRepository<ServiceLevel, ServiceLevel.Key> {

    List<ServiceLevel> findAllByOrderByKeyReasonAscKeyMarketCodeAsc();
}
