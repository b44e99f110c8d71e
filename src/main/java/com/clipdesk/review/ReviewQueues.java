package com.clipdesk.review;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the queues hold: per-queue counts and the undecided cases of a queue in priority order. */
@Service
@Transactional(readOnly = true)
public class ReviewQueues {

    private final ReviewCaseRepository cases;
    private final QueueEntryRepository entries;
    private final CatalogService catalog;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ReviewQueues(ReviewCaseRepository cases, QueueEntryRepository entries, CatalogService catalog,
            CurrentStaff currentStaff, Clock clock) {
        this.cases = cases;
        this.entries = entries;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** True when the signed-in staff member may read cases. */
    public boolean canRead() {
        return currentStaff.get().hasAny(ReviewService.CASE_READERS);
    }

    /** Every non-empty queue in the reviewer's markets and lanes, most urgent first. */
    public List<QueueSummary> summaries() {
        SignedInStaff staff = currentStaff.require(ReviewService.CASE_READERS);
        List<String> markets = markets(staff);
        if (markets.isEmpty()) {
            return List.of();
        }
        return entries.summaries(markets, clock.instant()).stream()
                .filter(q -> staff.roles().stream().anyMatch(q.lane().workers()::contains)
                        || staff.has(com.clipdesk.staff.Role.AUDITOR))
                .sorted(Comparator.comparing(QueueSummary::lane).thenComparing(QueueSummary::oldestDueAt))
                .toList();
    }

    /** Undecided cases of the selection in the order "next" hands them out. */
    public Slice<CaseRow> cases(QueueSelection selection, Pageable page) {
        Specification<ReviewCase> spec = matching(currentStaff.require(ReviewService.CASE_READERS), selection);
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by("severity", "rankAt", "id"));
        // one row more than the page tells whether there is a next page, without counting
        var rows = cases.findAll(spec, PageRequest.of(0, (page.getPageNumber() + 1) * page.getPageSize() + 1,
                ordered.getSort())).getContent();
        int from = Math.min(rows.size(), (int) page.getOffset());
        int to = Math.min(rows.size(), from + page.getPageSize());
        return new SliceImpl<>(rows.subList(from, to).stream().map(CaseRow::of).toList(), page, rows.size() > to);
    }

    public long countCases(QueueSelection selection) {
        return cases.count(matching(currentStaff.require(ReviewService.CASE_READERS), selection));
    }

    /** Undecided cases of the selection past their service level (each case once, whatever its markets). */
    public long countOverdue(QueueSelection selection) {
        var now = clock.instant();
        Specification<ReviewCase> late = (root, query, cb) -> cb.lessThan(root.get("dueAt"), now);
        return cases.count(matching(currentStaff.require(ReviewService.CASE_READERS), selection).and(late));
    }

    private List<String> markets(SignedInStaff staff) {
        return staff.scope().allMarkets()
                ? catalog.markets().stream().map(MarketView::code).toList()
                : List.copyOf(staff.scope().markets());
    }

    private Specification<ReviewCase> matching(SignedInStaff staff, QueueSelection selection) {
        List<String> markets;
        if (selection.market() != null) {
            if (!staff.scope().includes(selection.market())) {
                throw new OutOfScopeException("Market", selection.market());
            }
            markets = List.of(selection.market());
        } else {
            markets = markets(staff);
        }
        CaseStatus status = selection.lane().waitingStatus();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), status));
            Subquery<Long> inQueue = query.subquery(Long.class);
            Root<QueueEntry> e = inQueue.from(QueueEntry.class);
            List<Predicate> entry = new ArrayList<>();
            entry.add(cb.equal(e.get("caseId"), root.get("id")));
            entry.add(markets.isEmpty() ? cb.disjunction() : e.get("marketCode").in(markets));
            if (selection.kind() != null) {
                entry.add(cb.equal(e.get("subjectKind"), selection.kind()));
            }
            if (selection.category() != null) {
                entry.add(cb.equal(e.get("category"), selection.category()));
            }
            inQueue.select(e.get("caseId")).where(entry.toArray(Predicate[]::new));
            where.add(cb.exists(inQueue));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
