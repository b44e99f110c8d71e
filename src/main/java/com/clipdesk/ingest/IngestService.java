package com.clipdesk.ingest;

import com.clipdesk.appeal.InvalidAppealException;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.CatalogService.TitleFacts;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.ingest.IngestWriter.Checked;
import com.clipdesk.ingest.LineResult.FieldError;
import com.clipdesk.ingest.LineResult.Status;
import com.clipdesk.review.ReviewIntake;
import com.clipdesk.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in what the product pushes (docs/ingest.md): checks every line, then writes the good ones in
 * transactions of {@link IngestLimits#CHUNK} lines. When anything in a chunk fails, the chunk is rolled
 * back and written again line by line, each in its own transaction, so a bad line never rejects or
 * half-writes its neighbours. One audit event per request names the client and the counts. Reports and
 * pre-moderated submissions reach the review queues through {@link ReviewIntake} right after.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final IngestWriter writer;
    private final CatalogService catalog;
    private final ReviewIntake reviewIntake;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IngestService(IngestWriter writer, CatalogService catalog, ReviewIntake reviewIntake, AuditLog audit,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.writer = writer;
        this.catalog = catalog;
        this.reviewIntake = reviewIntake;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The outcome of one request: a result per line, in line order. */
    public record Outcome(List<LineResult> results) {
        public Map<Status, Long> counts() {
            Map<Status, Long> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                counts.put(s, 0L);
            }
            results.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
            return counts;
        }
    }

    /**
     * Takes in the lines of one request from the client {@code client} (the token's subject, for the
     * audit trail). No staff role applies: the API's security chain checked the scope {@code ingest.write}.
     */
    public Outcome ingest(List<IngestLine> lines, String client) {
        Instant now = clock.instant();
        Set<String> markets = catalog.markets().stream().map(MarketView::code).collect(Collectors.toSet());
        Map<Long, TitleFacts> titles = catalog.titleFacts();
        LineResult[] results = new LineResult[lines.size()];
        List<Integer> positions = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            IngestLine line = lines.get(i);
            if (line.isRejected()) {
                results[i] = line.rejected();
                continue;
            }
            IngestType type = java.util.Objects.requireNonNull(line.type());
            Fields fields = new Fields(java.util.Objects.requireNonNull(line.body()), markets);
            IngestItem item = IngestItems.read(type, fields, now);
            if (item == null) {
                results[i] = LineResult.rejected(line.line(), line.externalId(), type.wire(), IngestProblems.INVALID_ITEM,
                        "Invalid item", fields.errors);
                continue;
            }
            List<String> keys = new ArrayList<>(List.of(type.kind() + "/" + line.externalId()));
            if (item instanceof IngestItem.RecommendationItem r && r.reportExternalId() != null) {
                keys.add(ExternalKind.REPORT + "/" + r.reportExternalId());
            }
            if (keys.stream().anyMatch(seen::contains)) {
                results[i] = LineResult.rejected(line.line(), line.externalId(), type.wire(),
                        IngestProblems.DUPLICATE_IN_REQUEST, "Duplicate in request", List.of(new FieldError("externalId",
                                "An earlier line of this request has this " + type.wire() + " (or its report): send "
                                        + "one version of an item per request.")));
                continue;
            }
            seen.addAll(keys);
            positions.add(i);
            checked.add(new Checked(line, item));
        }
        boolean reviewable = false;
        for (int from = 0; from < checked.size(); from += IngestLimits.CHUNK) {
            int to = Math.min(checked.size(), from + IngestLimits.CHUNK);
            List<Checked> chunk = checked.subList(from, to);
            List<LineResult> written;
            try {
                IngestWriter.Written w = transaction.execute(status -> writer.write(chunk, titles, now));
                written = w.results();
                reviewable |= w.reviewable();
            } catch (RuntimeException chunkFailed) {
                log.debug("Ingest: chunk of {} lines failed ({}), writing them one by one", chunk.size(),
                        chunkFailed.toString());
                written = new ArrayList<>();
                for (Checked line : chunk) {
                    LineResult r = oneByOne(line, titles, now);
                    reviewable |= r.status() == Status.ACCEPTED || r.status() == Status.UPDATED;
                    written.add(r);
                }
            }
            for (int k = 0; k < written.size(); k++) {
                results[positions.get(from + k)] = written.get(k);
            }
        }
        Outcome outcome = new Outcome(List.of(results));
        transaction.executeWithoutResult(status -> audit.record("INGEST_RECEIVED", "INGEST_CLIENT", client, null,
                "Ingest from " + client + ": " + lines.size() + " line(s), " + summary(outcome)));
        if (reviewable) {
            reviewIntake.gather();
        }
        return outcome;
    }

    private LineResult oneByOne(Checked line, Map<Long, TitleFacts> titles, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return java.util.Objects.requireNonNull(transaction.execute(status -> writer.write(List.of(line), titles,
                        now))).results().getFirst();
            } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException e) {
                if (attempt < 2) {
                    continue; // another request created the item meanwhile: the retry sees it
                }
                return failed(line, IngestProblems.INVALID_ITEM, "Invalid item", "",
                        "The item conflicts with one Clipdesk has (a unique value is taken).");
            } catch (InvalidAppealException e) {
                return failed(line, IngestProblems.INVALID_ITEM, "Invalid item", e.field() == null ? "" : e.field(),
                        e.getMessage());
            } catch (IllegalArgumentException e) {
                return failed(line, IngestProblems.INVALID_ITEM, "Invalid item", "", e.getMessage());
            } catch (IllegalStateException e) {
                return failed(line, IngestProblems.NOT_CHANGEABLE, "Not changeable", "version", e.getMessage());
            } catch (NotFoundException e) {
                return failed(line, IngestProblems.UNKNOWN_REFERENCE, "Unknown reference", "", e.getMessage());
            } catch (RuntimeException e) {
                String errorId = UUID.randomUUID().toString().substring(0, 8);
                log.error("Ingest: line {} ({} {}) failed, error id {}", line.line().line(), line.type().wire(),
                        line.externalId(), errorId, e);
                return failed(line, "internal-error", "Not written", "", "Clipdesk could not write this line; quote "
                        + "error id " + errorId + " to its operators.");
            }
        }
    }

    private static LineResult failed(Checked line, String type, String title, String field, String message) {
        return LineResult.rejected(line.line().line(), line.externalId(), line.type().wire(), type, title,
                List.of(new FieldError(field, message == null ? title : message)));
    }

    private static String summary(Outcome outcome) {
        return outcome.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
    }
}
