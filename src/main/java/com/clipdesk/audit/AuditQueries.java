package com.clipdesk.audit;

import com.clipdesk.audit.AuditLog.AuditFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The viewer's reads over millions of events: newest-first pages (by id, which every filter index ends
 * with), a count that stops at a cap instead of counting the whole table, and a CSV export streamed in
 * keyset pages (constant memory, short queries).
 */
@Component
class AuditQueries {

    static final int EXPORT_PAGE = 1000;
    static final List<String> CSV_HEADER = List.of("seq", "id", "occurred_at", "actor", "action", "subject_kind",
            "subject_id", "market", "summary", "hash");

    private final EntityManagerFactory entityManagerFactory;

    AuditQueries(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    List<AuditEvent> page(EntityManager em, AuditFilter filter, @Nullable Long beforeId, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> root = q.from(AuditEvent.class);
        var where = AuditLog.matching(filter).toPredicate(root, q, cb);
        if (beforeId != null) {
            where = cb.and(where, cb.lessThan(root.get("id"), beforeId));
        }
        q.where(where).orderBy(cb.desc(root.get("id")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Matching events, counted up to {@code cap + 1} at most (more than cap: "cap+"). */
    long countUpTo(EntityManager em, AuditFilter filter, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEvent> root = q.from(AuditEvent.class);
        q.select(root.get("id")).where(AuditLog.matching(filter).toPredicate(root, q, cb));
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }

    List<String> distinct(EntityManager em, String attribute) {
        return em.createQuery("select distinct e." + attribute + " from AuditEvent e where e." + attribute
                + " is not null order by e." + attribute, String.class).getResultList();
    }

    /** Writes the header and up to {@code limit} matching events, newest first; returns the rows written. */
    long exportCsv(AuditFilter filter, Writer out, long limit, Consumer<Long> progress) {
        long written = 0;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            line(out, CSV_HEADER);
            Long before = null;
            while (written < limit) {
                List<AuditEvent> page = page(em, filter, before, 0, (int) Math.min(EXPORT_PAGE, limit - written));
                for (AuditEvent e : page) {
                    line(out, List.of(e.getSeq() == null ? "" : e.getSeq().toString(), e.getId().toString(),
                            DateTimeFormatter.ISO_INSTANT.format(e.getOccurredAt()), e.getActor(), e.getAction(),
                            nz(e.getSubjectKind()), nz(e.getSubjectId()), nz(e.getMarketCode()), e.getSummary(),
                            nz(e.getHash())));
                }
                written += page.size();
                progress.accept(written);
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                before = page.getLast().getId();
                em.clear();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * A LIKE pattern for values starting with {@code prefix}, escape character {@code !} (a backslash would
     * itself need escaping in MariaDB's string literals).
     */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csv(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String csv(String value) {
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
