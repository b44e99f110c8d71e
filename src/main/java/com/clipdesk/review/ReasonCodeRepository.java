package com.clipdesk.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReasonCodeRepository extends JpaRepository<ReasonCode, String> {

    List<ReasonCode> findAllByOrderBySortOrderAscCodeAsc();
}
