package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

    @Override
    @EntityGraph(attributePaths = "reporter")
    Page<Report> findAll(Specification<Report> spec, Pageable pageable);

    @EntityGraph(attributePaths = "reporter")
    Optional<Report> findWithReporterById(long id);

    @EntityGraph(attributePaths = "reporter")
    List<Report> findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(ContentKind kind, long subjectId);

    @Query("""
            select new com.clipdesk.report.OpenReportCount(r.subjectKind, r.marketCode, count(r))
            from Report r where r.status = com.clipdesk.report.ReportStatus.OPEN
            group by r.subjectKind, r.marketCode""")
    List<OpenReportCount> countOpenByKindAndMarket();

    @Query("""
            select new com.clipdesk.report.OpenReportCount(r.subjectKind, r.marketCode, count(r))
            from Report r where r.status = com.clipdesk.report.ReportStatus.OPEN and r.marketCode in :markets
            group by r.subjectKind, r.marketCode""")
    List<OpenReportCount> countOpenByKindAndMarket(Collection<String> markets);
}
