package com.clipdesk.spoiler;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.ReleaseSchedule;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.MarketHold;
import com.clipdesk.policy.SpoilerWindowSchedule;
import com.clipdesk.content.SpoilerSubject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an item's timeline per market from the release dates, its flag and the windows
 * ({@link SpoilerRules}), hands content the holds in force and stores the coming transitions; applies
 * the due ones. Runs inside its caller's transaction.
 */
@Component
class SpoilerHolds {

    private final SpoilerFlagRepository flags;
    private final SpoilerTransitionRepository transitions;
    private final ContentModeration content;
    private final CatalogService catalog;
    private final ReleaseSchedule releases;
    private final SpoilerWindows windows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    SpoilerHolds(SpoilerFlagRepository flags, SpoilerTransitionRepository transitions, ContentModeration content,
            CatalogService catalog, ReleaseSchedule releases, SpoilerWindows windows, AuditLog audit,
            ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.flags = flags;
        this.transitions = transitions;
        this.content = content;
        this.catalog = catalog;
        this.releases = releases;
        this.windows = windows;
        this.audit = audit;
    }

    /** The item's timeline in each of its markets, by market code. */
    List<MarketTimeline> timelines(SpoilerSubject subject, @Nullable SpoilerFlag flag, Instant now) {
        return timelines(subject, flag, now, windows.schedule());
    }

    private List<MarketTimeline> timelines(SpoilerSubject subject, @Nullable SpoilerFlag flag, Instant now,
            SpoilerWindowSchedule schedule) {
        Map<String, Instant> own = subject.episodeId() == null ? Map.of() : catalog.releasesOf(subject.episodeId());
        return timelines(subject, own, flag, now, schedule);
    }

    private List<MarketTimeline> timelines(SpoilerSubject subject, Map<String, Instant> own, @Nullable SpoilerFlag flag,
            Instant now, SpoilerWindowSchedule schedule) {
        Map<String, Instant> target = flag == null ? Map.of() : switch (flag.getTarget()) {
            case EPISODE -> catalog.releasesOf(flag.getTargetId());
            case SEASON -> releases.latestReleasesOfSeason(flag.getTargetId());
            case TITLE -> releases.latestReleasesOfTitle(flag.getTargetId());
        };
        List<MarketTimeline> result = new ArrayList<>();
        for (String market : new TreeSet<>(subject.markets())) {
            Instant targetRelease = target.get(market);
            Instant spoilerEnds = flag == null || targetRelease == null ? null
                    : schedule.hiddenUntil(market, subject.titleKind(), targetRelease);
            result.add(SpoilerRules.timeline(new SpoilerRules.Inputs(market, subject.episodeId() != null,
                    own.get(market), flag != null, targetRelease, spoilerEnds), now));
        }
        return result;
    }

    /** Recomputes the item's holds and its pending transitions as of {@code now}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(ContentKind kind, long id, Instant now) {
        recompute(kind, id, now, windows.schedule());
    }

    /** As {@link #recompute(ContentKind, long, Instant)}, with the windows read once for many items. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(ContentKind kind, long id, Instant now, SpoilerWindowSchedule schedule) {
        SpoilerSubject subject = content.spoilerSubject(kind, id);
        SpoilerFlag flag = flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id).orElse(null);
        Map<String, MarketHold> holds = new TreeMap<>();
        transitions.deletePendingOf(kind, id);
        for (MarketTimeline t : timelines(subject, flag, now, schedule)) {
            MarketHold hold = SpoilerRules.hold(t, now);
            if (hold != null) {
                holds.put(t.market(), hold);
            }
            for (SpoilerRules.Due due : SpoilerRules.coming(t, now)) {
                transitions.save(new SpoilerTransition(kind, id, due.market(), due.at(), due.change()));
            }
        }
        content.holdIn(kind, id, holds);
    }

    /**
     * The holds of items created in this transaction (the ingest API): as {@link #recompute}, without
     * what a new item cannot have yet (a flag, pending transitions: a flag comes later and recomputes
     * on its own) and with each episode's release dates read once. One query-free pass per item
     * matters here: a bulk push creates hundreds of items per transaction, and the delete of pending
     * transitions flushed the whole persistence context once per item (quadratic).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recomputeNew(java.util.Collection<ContentRef> items, Instant now, SpoilerWindowSchedule schedule) {
        Map<Long, Map<String, Instant>> releases = new java.util.HashMap<>();
        Map<ContentRef, Map<String, MarketHold>> holds = new java.util.LinkedHashMap<>();
        List<Object[]> coming = new ArrayList<>();
        for (SpoilerSubject subject : content.spoilerSubjectsOfNew(List.copyOf(items))) {
            Map<String, Instant> own = subject.episodeId() == null ? Map.of()
                    : releases.computeIfAbsent(subject.episodeId(), catalog::releasesOf);
            Map<String, MarketHold> itemHolds = new TreeMap<>();
            for (MarketTimeline t : timelines(subject, own, null, now, schedule)) {
                MarketHold hold = SpoilerRules.hold(t, now);
                if (hold != null) {
                    itemHolds.put(t.market(), hold);
                }
                for (SpoilerRules.Due due : SpoilerRules.coming(t, now)) {
                    coming.add(new Object[] {subject.kind().name(), subject.id(), due.market(),
                            LocalDateTime.ofInstant(due.at(), ZoneOffset.UTC), due.change().name()});
                }
            }
            if (!itemHolds.isEmpty()) {
                holds.put(new ContentRef(subject.kind(), subject.id()), itemHolds);
            }
        }
        // as the SpoilerTransition entity writes them (not yet done), one batch instead of an identity
        // insert per transition
        if (!coming.isEmpty()) {
            jdbc.batchUpdate("insert into spoiler_transition (item_kind, item_id, market_code, due_at, change_kind) "
                    + "values (?, ?, ?, ?, ?)", coming);
        }
        content.holdNewIn(holds);
    }

    /**
     * Applies the item's transitions due at {@code now}, oldest first, each once (marked done, audited),
     * then recomputes its holds: what a restarted application catches up on in one tick.
     *
     * @return how many transitions were applied
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int applyDue(ContentKind kind, long id, Instant now) {
        List<SpoilerTransition> due = transitions.findDueOf(kind, id, now);
        for (SpoilerTransition t : due) {
            audit.record(t.getChange().name(), kind.name(), id, t.getMarketCode(), kind.label() + " " + id + " in "
                    + t.getMarketCode() + ": " + (t.getChange() == TransitionKind.EMBARGO_LIFTED
                            ? "embargo lifted, released there " : "spoiler window ended ")
                    + t.getDueAt());
            t.done(now);
            events.publishEvent(new SpoilerHoldEnded(kind, id, t.getMarketCode(),
                    t.getChange() == TransitionKind.EMBARGO_LIFTED, t.getDueAt(), now));
        }
        recompute(kind, id, now);
        return due.size();
    }
}
