package com.clipdesk.transparency;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of reasons for admins, lead moderators and auditors, within their markets: list them
 * by decision date, market and category, check them against the Transparency Database's rules and
 * export them as JSON or CSV. An export checks every statement first and writes nothing when one
 * fails; both passes read the statements in chunks by id, so a range of any size streams.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

    static final Role[] READERS = {Role.ADMIN, Role.LEAD_MODERATOR, Role.AUDITOR};
    /** Problems an export check returns in full; the rest are only counted. */
    public static final int PROBLEMS_SHOWN = 50;
    private static final int CHUNK = 500;
    /** Audit actions of exports; the subject is the statements as a whole (no id). */
    public static final String EXPORTED = "STATEMENTS_EXPORTED";
    public static final String EXPORT_REFUSED = "STATEMENTS_EXPORT_REFUSED";
    static final String AUDIT_SUBJECT = "STATEMENTS";

    private final StatementRepository statements;
    private final CatalogService catalog;
    private final CurrentStaff currentStaff;
    private final EntityManager entityManager;
    private final AuditLog audit;

    Statements(StatementRepository statements, CatalogService catalog, CurrentStaff currentStaff,
            EntityManager entityManager, AuditLog audit) {
        this.statements = statements;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** The markets the staff member may filter by. */
    public List<String> markets() {
        currentStaff.require(READERS);
        return catalog.marketsInScope().stream().map(MarketView::code).toList();
    }

    public long count(StatementFilter filter) {
        return statements.count(matching(filter, reader()));
    }

    /** A page of statements, newest decision first. */
    public List<StatementRow> page(StatementFilter filter, int page, int pageSize) {
        Specification<StatementOfReasons> where = matching(filter, reader());
        return statements.findBy(where, q -> q.sortBy(Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("id")))
                .page(PageRequest.of(page, pageSize))).stream().map(Statements::row).toList();
    }

    /** The statement as it would be submitted (its attributes in order). */
    public Map<String, Object> submission(long statementId) {
        SignedInStaff staff = reader();
        StatementOfReasons s = statements.findById(statementId)
                .orElseThrow(() -> new com.clipdesk.shared.NotFoundException("Statement", statementId));
        if (!staff.scope().allMarkets() && !staff.scope().includesAny(List.of(s.getMarkets().split(",")))) {
            throw new OutOfScopeException("Statement", s.getPuid());
        }
        return StatementJson.read(s.getStatement());
    }

    /** Checks every statement the filter selects against the Transparency Database's rules. */
    public ExportCheck check(StatementFilter filter) {
        SignedInStaff staff = reader();
        return check(matching(filter, staff), highestId());
    }

    /**
     * Writes the statements the filter selects: JSON as {@code {"statements": [...]}} (the API's
     * multiple-statements body; with {@code includeNonEu}, statements of decisions taken only
     * outside the EU/EEA follow in {@code "non_eu_statements"}, never in the submission), or CSV with
     * one column per API attribute (plus {@code eu} when non-EU statements are included). Checks
     * them all first: when one fails, throws {@link ExportRejectedException} before writing a byte.
     * Either way the audit log says who exported what ({@code STATEMENTS_EXPORTED}) or was refused
     * it and why ({@code STATEMENTS_EXPORT_REFUSED}); the refusal commits, hence no rollback for it.
     * The event is recorded before the first byte: once writing starts, the data may have left.
     */
    @Transactional(noRollbackFor = ExportRejectedException.class)
    public ExportCheck export(StatementFilter filter, ExportFormat format, OutputStream out) throws IOException {
        SignedInStaff staff = reader();
        // statements written while exporting wait for the next export: both passes stop at this id
        long upTo = highestId();
        Specification<StatementOfReasons> where = matching(filter, staff);
        ExportCheck check = check(where, upTo);
        if (!check.passed()) {
            audit.record(EXPORT_REFUSED, AUDIT_SUBJECT, null, filter.market(),
                    format + " export of " + describe(filter) + " refused: " + check.summary());
            throw new ExportRejectedException(check);
        }
        audit.record(EXPORTED, AUDIT_SUBJECT, null, filter.market(), format + " export of " + describe(filter)
                + ": " + check.statements() + (check.statements() == 1 ? " statement" : " statements")
                + (filter.includeNonEu() ? " (" + check.nonEu() + " non-EU)" : "") + ", up to statement id " + upTo);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case JSON -> writeJson(filter, where, upTo, writer);
            case CSV -> writeCsv(filter, where, upTo, writer);
        }
        writer.flush();
        return check;
    }

    /** "statements decided 2026-11-01 to 2026-11-30, market DE, category …, EU/EEA only". */
    static String describe(StatementFilter filter) {
        return "statements decided " + filter.from() + " to " + filter.to()
                + (filter.market() == null ? ", all markets in scope" : ", market " + filter.market())
                + (filter.category() == null ? "" : ", category " + filter.category())
                + (filter.includeNonEu() ? ", non-EU included" : ", EU/EEA only");
    }

    private void writeJson(StatementFilter filter, Specification<StatementOfReasons> where, long upTo, Writer out)
            throws IOException {
        out.write("{\"statements\":[");
        writeJsonArray(where.and(eu(true)), upTo, out);
        out.write("]");
        if (filter.includeNonEu()) {
            out.write(",\"non_eu_statements\":[");
            writeJsonArray(where.and(eu(false)), upTo, out);
            out.write("]");
        }
        out.write("}\n");
    }

    private void writeJsonArray(Specification<StatementOfReasons> where, long upTo, Writer out) throws IOException {
        boolean[] first = {true};
        IOException[] failure = new IOException[1];
        forEach(where, upTo, s -> {
            try {
                if (!first[0]) {
                    out.write(",\n");
                }
                first[0] = false;
                out.write(s.getStatement());
            } catch (IOException e) {
                failure[0] = e;
                throw new ExportAborted();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void writeCsv(StatementFilter filter, Specification<StatementOfReasons> where, long upTo, Writer out)
            throws IOException {
        List<String> header = new ArrayList<>();
        for (StatementField field : StatementField.values()) {
            header.add(field.key());
        }
        if (filter.includeNonEu()) {
            header.add("eu");
        }
        out.write(Csv.line(header));
        IOException[] failure = new IOException[1];
        forEach(where, upTo, s -> {
            Map<String, Object> statement = StatementJson.read(s.getStatement());
            List<String> cells = new ArrayList<>();
            for (StatementField field : StatementField.values()) {
                cells.add(Csv.cell(statement.get(field.key())));
            }
            if (filter.includeNonEu()) {
                cells.add(s.isEu() ? "yes" : "no");
            }
            try {
                out.write(Csv.line(cells));
            } catch (IOException e) {
                failure[0] = e;
                throw new ExportAborted();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private ExportCheck check(Specification<StatementOfReasons> where, long upTo) {
        long[] counts = new long[3]; // statements, non-EU, problems
        List<StatementViolation> shown = new ArrayList<>();
        forEach(where, upTo, s -> {
            counts[0]++;
            if (!s.isEu()) {
                counts[1]++;
            }
            List<StatementViolation> problems = problemsOf(s);
            counts[2] += problems.size();
            problems.stream().limit(Math.max(0, PROBLEMS_SHOWN - shown.size())).forEach(shown::add);
        });
        return new ExportCheck(counts[0], counts[1], List.copyOf(shown), counts[2]);
    }

    private static List<StatementViolation> problemsOf(StatementOfReasons s) {
        Map<String, Object> statement;
        try {
            statement = StatementJson.read(s.getStatement());
        } catch (RuntimeException e) {
            return List.of(new StatementViolation(s.getPuid(), "(statement)", "is not a JSON object the database "
                    + "could read: " + e.getMessage()));
        }
        return StatementValidator.check(statement, s.isEu());
    }

    /** Each statement in id order, read a chunk at a time and let go of after it (memory stays flat). */
    private void forEach(Specification<StatementOfReasons> where, long upTo, Consumer<StatementOfReasons> action) {
        long after = 0;
        try {
            while (true) {
                long from = after;
                List<StatementOfReasons> chunk = statements.findBy(where
                                .and((root, query, cb) -> cb.and(cb.greaterThan(root.get("id"), from),
                                        cb.lessThanOrEqualTo(root.get("id"), upTo))),
                        q -> q.sortBy(Sort.by("id")).limit(CHUNK).all());
                chunk.forEach(action);
                if (chunk.size() < CHUNK) {
                    return;
                }
                after = chunk.getLast().getId();
                entityManager.clear();
            }
        } catch (ExportAborted e) {
            // the caller rethrows the I/O failure that stopped it
        }
    }

    private long highestId() {
        return statements.findBy((root, query, cb) -> cb.conjunction(),
                q -> q.sortBy(Sort.by(Sort.Order.desc("id"))).first()).map(StatementOfReasons::getId).orElse(0L);
    }

    private SignedInStaff reader() {
        return currentStaff.require(READERS);
    }

    /** The filter, the EU rule and the staff member's markets as one condition. */
    private static Specification<StatementOfReasons> matching(StatementFilter filter, SignedInStaff staff) {
        MarketScope scope = staff.scope();
        if (filter.market() != null && !scope.includes(filter.market())) {
            throw new OutOfScopeException("Market", filter.market());
        }
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.greaterThanOrEqualTo(root.get("decidedAt"), filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
            where.add(cb.lessThan(root.get("decidedAt"), filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            if (!filter.includeNonEu()) {
                where.add(cb.isTrue(root.get("eu")));
            }
            if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.market() != null) {
                where.add(inMarkets(root, query, cb, List.of(filter.market())));
            }
            if (!scope.allMarkets()) {
                where.add(inMarkets(root, query, cb, scope.markets()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate inMarkets(jakarta.persistence.criteria.Root<StatementOfReasons> root,
            jakarta.persistence.criteria.CriteriaQuery<?> query, jakarta.persistence.criteria.CriteriaBuilder cb,
            Collection<String> markets) {
        if (markets.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Long> sub = query.subquery(Long.class);
        var s = sub.from(StatementOfReasons.class);
        var market = s.join("marketCodes");
        sub.select(s.get("id")).where(cb.equal(s.get("id"), root.get("id")), market.in(markets));
        return cb.exists(sub);
    }

    private static Specification<StatementOfReasons> eu(boolean eu) {
        return (root, query, cb) -> cb.equal(root.get("eu"), eu);
    }

    private static StatementRow row(StatementOfReasons s) {
        Map<String, Object> statement = StatementJson.read(s.getStatement());
        return new StatementRow(s.getId(), s.getPuid(), s.getDecisionKind(), s.getDecisionId(), s.getCaseId(), s.getSubjectKind(),
                s.getSubjectId(), s.getDecidedAt(), s.getMarkets(), s.isEu(), s.getCategory(), s.getGround(),
                strings(statement.get(StatementField.DECISION_VISIBILITY.key())),
                strings(statement.get(StatementField.TERRITORIAL_SCOPE.key())));
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }

    /** Stops a chunked read when writing failed. */
    private static final class ExportAborted extends RuntimeException {
        ExportAborted() {
            super(null, null, false, false);
        }
    }
}
