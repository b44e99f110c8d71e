package com.clipdesk.ingest;

import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.catalog.CatalogService.TitleFacts;
import com.clipdesk.content.ContentIntake;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.NewMoment;
import com.clipdesk.ingest.IngestItem.AppealItem;
import com.clipdesk.ingest.IngestItem.MemberItem;
import com.clipdesk.ingest.IngestItem.MessageItem;
import com.clipdesk.ingest.IngestItem.MomentItem;
import com.clipdesk.ingest.IngestItem.RecommendationItem;
import com.clipdesk.ingest.IngestItem.Reference;
import com.clipdesk.ingest.IngestItem.ReportItem;
import com.clipdesk.ingest.IngestItem.ShareLinkItem;
import com.clipdesk.ingest.IngestItem.SubmissionItem;
import com.clipdesk.ingest.IngestItem.WatchPartyItem;
import com.clipdesk.ingest.LineResult.FieldError;
import com.clipdesk.ingest.LineResult.Status;
import com.clipdesk.member.MemberService;
import com.clipdesk.report.ReportIntake;
import com.clipdesk.review.PreModerationRules;
import com.clipdesk.search.SearchEngine;
import com.clipdesk.spoiler.SpoilerFlags;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes checked lines in the caller's transaction, in order: looks up the chunk's external ids at
 * once (its own ones locked, so two requests updating one item apply their versions one after the
 * other and the newer wins), the episodes it names, the handles and tokens it would take; then creates
 * or revises each item through its module's service and records its external id. Faults the product
 * can fix (an unknown member, a taken handle) become the line's result; an entity refusing a value
 * throws, and the caller retries the chunk line by line.
 */
@Component
class IngestWriter {

    private final JdbcTemplate jdbc;
    private final ContentIntake content;
    private final MemberService members;
    private final ReportIntake reports;
    private final AppealService appeals;
    private final PreModerationRules preModeration;
    private final SpoilerFlags spoilers;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final boolean indexInBackground;

    IngestWriter(EntityManager em, JdbcTemplate jdbc, ContentIntake content, MemberService members, ReportIntake reports,
            AppealService appeals, PreModerationRules preModeration, SpoilerFlags spoilers,
            ApplicationEventPublisher events, SearchEngine searchEngine,
            @Value("${clipdesk.ingest.wait-for-index:false}") boolean waitForIndex) {
        // through the outbox the commit only writes events, and a node's agent indexes them afterwards
        this.indexInBackground = !waitForIndex && !searchEngine.indexesThroughOutbox();
        this.jdbc = jdbc;
        this.content = content;
        this.members = members;
        this.reports = reports;
        this.appeals = appeals;
        this.preModeration = preModeration;
        this.spoilers = spoilers;
        this.events = events;
        this.em = em;
    }

    /** A line checked without the database. */
    record Checked(IngestLine line, IngestItem item) {
        IngestType type() {
            return java.util.Objects.requireNonNull(line.type());
        }

        String externalId() {
            return java.util.Objects.requireNonNull(line.externalId());
        }
    }

    /** A known external id: the Clipdesk row and the version applied. */
    private record Known(long internalId, long version) {}

    private record Key(ExternalKind kind, String externalId) {}

    /** What the chunk wrote, for the request's audit summary and the intake. */
    record Written(List<LineResult> results, boolean reviewable) {}

    /**
     * Writes the lines. The session flushes at commit only: otherwise every query of the chunk (the
     * spoiler holds of each new item, listeners) would first dirty-check every item created before it,
     * quadratic in the chunk (measured: ~10 rows/s at 500 per chunk on MariaDB). New rows are inserted
     * at persist (identity keys), and no query here needs the chunk's other pending changes.
     *
     * <p>The commit does not wait for the search index unless {@code clipdesk.ingest.wait-for-index}
     * (tests, which search right after): the product's systems learn what the database holds, and the
     * items are searchable a moment later ({@link IndexInBackground}, {@link IngestIndexed}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Written write(List<Checked> lines, Map<Long, TitleFacts> titles, Instant now) {
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        if (indexInBackground) {
            Search.session(em).indexingPlanSynchronizationStrategy(
                    new IndexInBackground(() -> events.publishEvent(new IngestIndexed())));
        }
        try {
            Chunk chunk = new Chunk(lines, titles, now);
            for (Checked line : lines) {
                chunk.results.add(chunk.apply(line));
            }
            chunk.finish();
            return new Written(List.copyOf(chunk.results), chunk.reviewable);
        } finally {
            em.setFlushMode(before);
        }
    }

    private final class Chunk {

        private final Map<Key, Known> known = new HashMap<>();
        private final Map<Long, long[]> episodes;
        private final Map<Long, TitleFacts> titles;
        private final Set<String> takenHandles;
        private final Set<String> takenTokens;
        private final Instant now;
        private final List<Object[]> newRefs = new ArrayList<>();
        private final List<ContentRef> held = new ArrayList<>();
        /** Per line, in order; null for a new Moment until its batch is written. */
        private final List<@Nullable LineResult> results = new ArrayList<>();
        private final List<NewLine> newMoments = new ArrayList<>();
        private final Set<Key> newMomentKeys = new HashSet<>();
        private boolean reviewable;

        /** A new Moment waiting for its batch, and where its line's result goes. */
        private record NewLine(int index, Checked line, Key key, NewMoment moment) {}

        Chunk(List<Checked> lines, Map<Long, TitleFacts> titles, Instant now) {
            this.titles = titles;
            this.now = now;
            Map<ExternalKind, Set<String>> own = new LinkedHashMap<>();
            Map<ExternalKind, Set<String>> named = new LinkedHashMap<>();
            Set<Long> episodeIds = new HashSet<>();
            Set<String> handles = new HashSet<>();
            Set<String> tokens = new HashSet<>();
            for (Checked c : lines) {
                own.computeIfAbsent(c.type().kind(), k -> new HashSet<>()).add(c.externalId());
                for (Reference r : c.item().references()) {
                    named.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.externalId());
                }
                switch (c.item()) {
                    case MomentItem m -> episodeIds.add(m.episodeId());
                    case WatchPartyItem p -> episodeIds.add(p.episodeId());
                    case MemberItem m -> handles.add(m.handle());
                    case ShareLinkItem l -> tokens.add(l.token());
                    case RecommendationItem r when r.reportExternalId() != null ->
                            own.computeIfAbsent(ExternalKind.REPORT, k -> new HashSet<>()).add(r.reportExternalId());
                    default -> {}
                }
            }
            own.forEach((kind, ids) -> lookUp(kind, ids, true));
            named.forEach((kind, ids) -> {
                Set<String> rest = new HashSet<>(ids);
                rest.removeIf(id -> known.containsKey(new Key(kind, id)));
                lookUp(kind, rest, false);
            });
            this.episodes = content.episodes(episodeIds);
            this.takenHandles = new HashSet<>(members.takenHandles(handles));
            this.takenTokens = new HashSet<>(content.takenTokens(tokens));
        }

        private void lookUp(ExternalKind kind, Set<String> ids, boolean lock) {
            ExternalIds.queryIn(jdbc, "select external_id, internal_id, version", kind, "external_id", new ArrayList<>(ids),
                    lock ? " for update" : "", rs -> {
                        known.put(new Key(kind, rs.getString(1)), new Known(rs.getLong(2), rs.getLong(3)));
                    });
        }

        /** The line's result, or null for a new Moment written with the next batch. */
        @Nullable LineResult apply(Checked c) {
            IngestLine line = c.line();
            Key self = new Key(c.type().kind(), c.externalId());
            if (!(c.item() instanceof MomentItem) || newMomentKeys.contains(self) || known.containsKey(self)) {
                // anything else may name, revise or repeat a new Moment: it sees them written
                writeNewMoments();
            }
            List<FieldError> unknown = new ArrayList<>();
            Map<String, Long> ids = new HashMap<>();
            for (Reference r : c.item().references()) {
                Known k = known.get(new Key(r.kind(), r.externalId()));
                if (k == null) {
                    unknown.add(new FieldError(r.field(), "No " + IngestType.valueOf(r.kind().name()).wire()
                            + " with external id " + Fields.clip(r.externalId()) + ": push it first (an earlier line "
                            + "or request)."));
                } else {
                    ids.put(r.field(), k.internalId());
                }
            }
            if (!unknown.isEmpty()) {
                return reject(c, IngestProblems.UNKNOWN_REFERENCE, "Unknown reference", unknown);
            }
            Key key = new Key(c.type().kind(), c.externalId());
            Known existing = known.get(key);
            if (existing != null) {
                if (line.version() == existing.version()) {
                    return result(c, Status.DUPLICATE, existing.internalId());
                }
                if (line.version() < existing.version()) {
                    return result(c, Status.STALE, existing.internalId());
                }
                return update(c, key, existing, ids);
            }
            return create(c, key, ids);
        }

        private LineResult create(Checked c, Key key, Map<String, Long> ids) {
            Instant at = now;
            long id;
            switch (c.item()) {
                case MemberItem m -> {
                    if (!takenHandles.add(m.handle())) {
                        return invalid(c, "handle", "Another member has the handle " + m.handle() + ".");
                    }
                    id = members.register(m.handle(), m.homeMarket(), m.ageBand(), m.joinedAt());
                }
                case MomentItem m -> {
                    long[] episode = episodes.get(m.episodeId());
                    if (episode == null) {
                        return invalid(c, "episodeId", "No episode " + m.episodeId() + " in the catalog.");
                    }
                    if (m.endSecond() > episode[0]) {
                        return invalid(c, "endSecond", "The episode lasts " + episode[0] + " s: a Moment ends within it.");
                    }
                    newMoments.add(new NewLine(results.size(), c, key, new NewMoment(m.episodeId(), ids.get("creator"),
                            m.startSecond(), m.endSecond(), m.caption(), m.language(), m.createdAt(), m.markets())));
                    newMomentKeys.add(key);
                    return null;
                }
                case ShareLinkItem l -> {
                    if (!takenTokens.add(l.token())) {
                        return invalid(c, "token", "Another share link has the token " + l.token() + ".");
                    }
                    id = content.createShareLink(ids.get("moment"), l.token(), l.destination(), l.createdAt(),
                            l.revokedAt());
                }
                case SubmissionItem s -> {
                    TitleFacts title = titles.get(s.titleId());
                    if (title == null) {
                        return invalid(c, "titleId", "No title " + s.titleId() + " in the catalog.");
                    }
                    boolean held = preModeration.holdsAny()
                            && s.markets().stream().anyMatch(market -> preModeration.holds(market, title.maturityRating()));
                    id = content.createSubmission(s.titleId(), s.kind(), s.body(), s.mediaRef(), s.language(),
                            ids.get("creator"), s.createdAt(), s.tags(), s.markets(), held);
                    reviewable |= held;
                    ingested(ContentKind.FANDOM_SUBMISSION, id, c, s.markets(), false);
                }
                case WatchPartyItem p -> {
                    if (!episodes.containsKey(p.episodeId())) {
                        return invalid(c, "episodeId", "No episode " + p.episodeId() + " in the catalog.");
                    }
                    id = content.createWatchParty(p.episodeId(), ids.get("host"), p.market(), p.startedAt());
                }
                case MessageItem m -> {
                    id = content.createMessage(ids.get("party"), ids.get("author"), m.body(), m.language(), m.sentAt());
                    ingested(ContentKind.WATCH_PARTY_MESSAGE, id, c, Set.of(content.marketOfParty(ids.get("party"))),
                            true);
                }
                case RecommendationItem r -> {
                    if (r.report() == null || r.reportExternalId() == null) {
                        return reject(c, IngestProblems.NOT_REPORTED, "Not reported", List.of(new FieldError("report",
                                "Clipdesk takes in a private recommendation only with the report of its sender or "
                                        + "recipient: add \"report\": {\"externalId\", \"reporter\", \"reason\", …}.")));
                    }
                    if (!titles.containsKey(r.titleId())) {
                        return invalid(c, "titleId", "No title " + r.titleId() + " in the catalog.");
                    }
                    Key reportKey = new Key(ExternalKind.REPORT, r.reportExternalId());
                    if (known.containsKey(reportKey)) {
                        return invalid(c, "report.externalId", "Report " + r.reportExternalId() + " exists already.");
                    }
                    id = content.createRecommendation(ids.get("sender"), ids.get("recipient"), r.titleId(), r.message(),
                            r.language(), r.market(), r.createdAt());
                    fileInline(r, id, ids);
                    ingested(ContentKind.PRIVATE_RECOMMENDATION, id, c, Set.of(r.market()), false);
                }
                case ReportItem r -> {
                    ContentKind kind = java.util.Objects.requireNonNull(
                            java.util.Objects.requireNonNull(r.subjectType()).kind().contentKind());
                    id = reports.file(kind, ids.get("subject"), ids.get("reporter"), r.reason(), r.text(), r.market(),
                            r.createdAt());
                    reviewable = true;
                }
                case AppealItem a -> {
                    String handle = members.handles(List.of(ids.get("member"))).get(ids.get("member"));
                    id = appeals.fileFromApp(new AppealRequest(a.decision().equals("takedown")
                            ? AppealedDecision.TAKEDOWN : AppealedDecision.REVIEW_DECISION, a.decisionId(), handle, null,
                            a.statement(), a.receivedAt())).id();
                }
            }
            remember(key, id, c.line().version(), at);
            return result(c, Status.ACCEPTED, id);
        }

        private void fileInline(RecommendationItem r, long recommendationId, Map<String, Long> ids) {
            ReportItem report = java.util.Objects.requireNonNull(r.report());
            long reportId = reports.file(ContentKind.PRIVATE_RECOMMENDATION, recommendationId, ids.get("report.reporter"),
                    report.reason(), report.text(), report.market(), report.createdAt());
            remember(new Key(ExternalKind.REPORT, java.util.Objects.requireNonNull(r.reportExternalId())), reportId, 1,
                    now);
            reviewable = true;
        }

        private LineResult update(Checked c, Key key, Known existing, Map<String, Long> ids) {
            long id = existing.internalId();
            switch (c.item()) {
                case MemberItem m -> members.revise(id, m.homeMarket(), m.ageBand());
                case MomentItem m -> {
                    ContentIntake.MomentOrigin origin = content.momentOrigin(id);
                    List<FieldError> fixed = new ArrayList<>();
                    if (origin.episodeId() != m.episodeId()) {
                        fixed.add(new FieldError("episodeId", "This Moment was cut from episode " + origin.episodeId()
                                + "; a Moment keeps its episode. A clip of another episode is a new Moment (a new "
                                + "external id)."));
                    }
                    if (origin.creatorId() != ids.get("creator")) {
                        fixed.add(new FieldError("creator", "A Moment keeps the member who cut it."));
                    }
                    if (!fixed.isEmpty()) {
                        return reject(c, IngestProblems.NOT_CHANGEABLE, "Not changeable", fixed);
                    }
                    long[] episode = episodes.get(m.episodeId());
                    if (episode != null && m.endSecond() > episode[0]) {
                        return invalid(c, "endSecond", "The episode lasts " + episode[0] + " s: a Moment ends within it.");
                    }
                    content.reviseMoment(id, m.startSecond(), m.endSecond(), m.caption(), m.language(), m.markets());
                }
                case ShareLinkItem l -> content.reviseShareLink(id, l.destination(), l.revokedAt());
                case SubmissionItem s -> content.reviseSubmission(id, s.kind(), s.body(), s.mediaRef(), s.language(),
                        s.tags(), s.markets());
                case MessageItem m -> content.reviseMessage(id, m.body(), m.language());
                case RecommendationItem r -> {
                    content.reviseRecommendation(id, r.message(), r.language());
                    if (r.report() != null && r.reportExternalId() != null
                            && !known.containsKey(new Key(ExternalKind.REPORT, r.reportExternalId()))) {
                        fileInline(r, id, ids);
                    }
                }
                case ReportItem r -> reports.revise(id, r.reason(), r.text());
                case WatchPartyItem p -> {
                    return reject(c, IngestProblems.NOT_CHANGEABLE, "Not changeable", List.of(new FieldError("version",
                            "A watch party does not change once started; its messages do.")));
                }
                case AppealItem a -> {
                    return reject(c, IngestProblems.NOT_CHANGEABLE, "Not changeable", List.of(new FieldError("version",
                            "An appeal does not change once filed; it is decided as received.")));
                }
            }
            int updated = jdbc.update("update external_ref set version = ?, updated_at = ? where kind = ? and external_id = ? "
                    + "and version < ?", c.line().version(), Timestamp.from(now), key.kind().name(), key.externalId(),
                    c.line().version());
            if (updated != 1) {
                throw new IllegalStateException("external_ref " + key + " changed under its lock");
            }
            known.put(key, new Known(id, c.line().version()));
            return result(c, Status.UPDATED, id);
        }

        private void ingested(ContentKind kind, long id, Checked c, Set<String> markets, boolean holds) {
            events.publishEvent(new ContentIngested(new ContentRef(kind, id), c.externalId(), Set.copyOf(markets), now));
            if (holds) {
                held.add(new ContentRef(kind, id));
            }
        }

        private void remember(Key key, long id, long version, Instant at) {
            known.put(key, new Known(id, version));
            newRefs.add(new Object[] {key.kind().name(), key.externalId(), id, version, Timestamp.from(at),
                    Timestamp.from(at)});
        }

        /**
         * Writes the new Moments met since the last call in JDBC batches (content), then their holds
         * (spoiler), before any other line of the chunk runs.
         */
        private void writeNewMoments() {
            if (newMoments.isEmpty()) {
                return;
            }
            List<Long> ids = content.createMoments(newMoments.stream().map(NewLine::moment).toList());
            List<ContentRef> created = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                NewLine n = newMoments.get(i);
                long id = ids.get(i);
                events.publishEvent(new ContentIngested(new ContentRef(ContentKind.MOMENT, id), n.line().externalId(),
                        n.moment().markets(), now));
                created.add(new ContentRef(ContentKind.MOMENT, id));
                remember(n.key(), id, n.line().line().version(), now);
                results.set(n.index(), result(n.line(), Status.ACCEPTED, id));
            }
            newMoments.clear();
            newMomentKeys.clear();
            spoilers.recomputeNew(created);
        }

        void finish() {
            writeNewMoments();
            if (!newRefs.isEmpty()) {
                jdbc.batchUpdate("insert into external_ref (kind, external_id, internal_id, version, received_at, "
                        + "updated_at) values (?, ?, ?, ?, ?, ?)", newRefs);
            }
            spoilers.recomputeNew(held);
        }
    }

    private static LineResult result(Checked c, Status status, @Nullable Long id) {
        return new LineResult(c.line().line(), c.externalId(), c.type().wire(), status, id, null);
    }

    private static LineResult invalid(Checked c, String field, String message) {
        return reject(c, IngestProblems.INVALID_ITEM, "Invalid item", List.of(new FieldError(field, message)));
    }

    private static LineResult reject(Checked c, String type, String title, List<FieldError> errors) {
        return LineResult.rejected(c.line().line(), c.externalId(), c.type().wire(), type, title, errors);
    }
}
