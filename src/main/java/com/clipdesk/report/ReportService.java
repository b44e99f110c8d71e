package com.clipdesk.report;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentService;
import com.clipdesk.content.ContentSubject;
import com.clipdesk.shared.CreatedAt;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of members' reports for trust-and-safety staff and auditors. A report belongs to the market
 * it was filed in; staff see the reports of their markets only.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final Role[] READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN};

    private final ReportRepository reports;
    private final ContentService content;
    private final CurrentStaff currentStaff;

    ReportService(ReportRepository reports, ContentService content, CurrentStaff currentStaff) {
        this.reports = reports;
        this.content = content;
        this.currentStaff = currentStaff;
    }

    public Page<ReportRow> reports(ReportFilter filter, Pageable page) {
        MarketScope scope = readerScope();
        return reports.findAll(matching(scope, filter), CreatedAt.newestFirst(page)).map(ReportRow::of);
    }

    public long countReports(ReportFilter filter) {
        return reports.count(matching(readerScope(), filter));
    }

    public ReportDetails report(long id) {
        MarketScope scope = readerScope();
        Report report = reports.findWithReporterById(id).orElseThrow(() -> new NotFoundException("Report", id));
        if (!scope.includes(report.getMarketCode())) {
            throw new OutOfScopeException("Report", id);
        }
        ContentSubject subject = content.subject(report.getSubjectKind(), report.getSubjectId());
        return new ReportDetails(ReportRow.of(report), subject,
                reportsOn(report.getSubjectKind(), report.getSubjectId()));
    }

    /** The reports on one item that were filed in the staff member's markets, newest first. */
    public List<ReportRow> reportsOn(ContentKind kind, long subjectId) {
        MarketScope scope = readerScope();
        return reports.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(kind, subjectId).stream()
                .filter(r -> scope.includes(r.getMarketCode()))
                .map(ReportRow::of)
                .toList();
    }

    /** Open reports per content kind and market, within the staff member's markets. */
    public List<OpenReportCount> openReportCounts() {
        MarketScope scope = readerScope();
        return scope.allMarkets()
                ? reports.countOpenByKindAndMarket()
                : reports.countOpenByKindAndMarket(scope.markets());
    }

    /**
     * Closes the open reports on an item once its review is decided. Called inside the decision's
     * transaction by the review module, which has checked the decider.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int closeOpenReportsOn(ContentKind kind, long subjectId) {
        int closed = 0;
        for (Report report : reports.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(kind, subjectId)) {
            if (report.getStatus() == ReportStatus.OPEN) {
                report.close();
                closed++;
            }
        }
        return closed;
    }

    /** Closes the given reports (they arrived on a subject an earlier decision already covers). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void closeReports(java.util.Collection<Long> ids) {
        reports.findAllById(ids).forEach(Report::close);
    }

    public boolean canRead() {
        return mayRead(currentStaff.get());
    }

    /** True for the roles that read reports, and so the private items only reports reveal. */
    public static boolean mayRead(SignedInStaff staff) {
        return staff.hasAny(READERS);
    }

    private MarketScope readerScope() {
        return currentStaff.require(READERS).scope();
    }

    private static Specification<Report> matching(MarketScope scope, ReportFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.allMarkets()) {
                where.add(scope.markets().isEmpty() ? cb.disjunction() : root.get("marketCode").in(scope.markets()));
            }
            if (filter.market() != null) {
                where.add(cb.equal(root.get("marketCode"), filter.market()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("subjectKind"), filter.kind()));
            }
            if (filter.reason() != null) {
                where.add(cb.equal(root.get("reason"), filter.reason()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            CreatedAt.within(where, root, cb, filter.from(), filter.to());
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
