package com.clipdesk.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReportRepository extends JpaRepository<CaseReport, Long> {

    List<CaseReport> findByCaseId(long caseId);
}
