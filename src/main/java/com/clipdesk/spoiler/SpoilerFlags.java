package com.clipdesk.spoiler;

import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.ReleaseDateChanged;
import com.clipdesk.catalog.ReleaseSchedule;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ContentRef;
import com.clipdesk.content.SpoilerSubject;
import com.clipdesk.policy.PolicyPublished;
import com.clipdesk.policy.SpoilerWindowSchedule;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.review.CaseOrigin;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spoiler flags of Moments, fandom submissions and chat messages, and their per-market timelines
 * (docs/spoilers.md). Moderators, leads and admins flag items listed in a market of their scope; leads
 * and admins unflag them, with a reason. Review's "flag as spoiler" decisions (single and bulk, from
 * the queue or from search results) become flags through {@link CaseDecided}. Content's boolean
 * {@code spoiler} stays what members and search see; this class keeps it in step.
 */
@Service
public class SpoilerFlags {

    private static final Role[] FLAGGERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN};
    private static final Role[] UNFLAGGERS = {Role.LEAD_MODERATOR, Role.ADMIN};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final SpoilerFlagRepository flags;
    private final SpoilerHolds holds;
    private final ContentModeration content;
    private final CatalogService catalog;
    private final ReleaseSchedule releases;
    private final SpoilerWindows windows;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpoilerFlags(SpoilerFlagRepository flags, SpoilerHolds holds, ContentModeration content, CatalogService catalog,
            ReleaseSchedule releases, SpoilerWindows windows, AuditLog audit, CurrentStaff currentStaff,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.flags = flags;
        this.holds = holds;
        this.content = content;
        this.catalog = catalog;
        this.releases = releases;
        this.windows = windows;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** The item's state per market now, its flag, a suggestion and what the signed-in staff member may do. */
    @Transactional(readOnly = true)
    public SpoilerTimeline timeline(ContentKind kind, long id) {
        requireSpoilerKind(kind);
        SignedInStaff staff = currentStaff.get();
        SpoilerSubject subject = content.spoilerSubject(kind, id);
        SpoilerFlag flag = flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id).orElse(null);
        Instant now = clock.instant();
        boolean inScope = staff.scope().includesAny(subject.markets());
        return new SpoilerTimeline(kind, id, flag == null ? null : view(flag), holds.timelines(subject, flag, now),
                flag == null ? suggestion(subject, now) : null,
                flag == null && inScope && staff.hasAny(FLAGGERS), flag != null && inScope && staff.hasAny(UNFLAGGERS),
                targetsOf(subject));
    }

    /**
     * Flags the item as a spoiler of its episode, season or title (from its page): holds and transitions
     * follow in the same transaction, share links after the commit.
     *
     * @throws IllegalStateException when it is flagged already (a lead unflags first to change the target)
     */
    @Transactional
    public SpoilerTimeline flag(ContentKind kind, long id, SpoilerTarget target) {
        requireSpoilerKind(kind);
        SignedInStaff staff = currentStaff.require(FLAGGERS);
        SpoilerSubject subject = content.spoilerSubject(kind, id);
        if (!staff.scope().includesAny(subject.markets())) {
            throw new OutOfScopeException(kind.label(), id);
        }
        flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id).ifPresent(existing -> {
            throw new IllegalStateException(kind.label() + " " + id + " is flagged as a spoiler of "
                    + targetLabel(existing.getTarget(), existing.getTargetId()) + " already");
        });
        long targetId = createFlag(subject, target, FlagSource.ITEM_PAGE, staff.username());
        content.markSpoiler(kind, id);
        holds.recompute(kind, id, clock.instant());
        events.publishEvent(new SpoilerFlagChanged(kind, id, true, target, targetId, targetLabel(target, targetId),
                subject.markets(), staff.username(), clock.instant(), null));
        return timeline(kind, id);
    }

    /**
     * Pre-flags a new item for a rule on ingest (no signed-in staff member: the admin who enabled the
     * rule is the authority, checked by the rules module), as a spoiler of its episode, or of its title
     * when it shows none. In the caller's transaction.
     *
     * @return false, changing nothing, when the item is flagged already or cannot be a spoiler
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean flagByRule(ContentKind kind, long id, String ruleName) {
        if (!ContentModeration.canBeSpoiler(kind)
                || flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id).isPresent()) {
            return false;
        }
        SpoilerSubject subject = content.spoilerSubject(kind, id);
        SpoilerTarget target = defaultTarget(subject);
        String by = "rule:" + ruleName;
        long targetId = createFlag(subject, target, FlagSource.RULE, by);
        content.markSpoilerByRule(kind, id);
        holds.recompute(kind, id, clock.instant());
        // a decision like a staff flag: the feed carries it, with a rule as the actor
        events.publishEvent(new SpoilerFlagChanged(kind, id, true, target, targetId, targetLabel(target, targetId),
                subject.markets(), by, clock.instant(), null));
        return true;
    }

    /**
     * Takes the item's flag back (leads and admins, with a reason): members see it again wherever no
     * embargo holds it.
     *
     * @throws ConcurrentEditException when the flag changed since {@code expectedVersion}
     */
    @Transactional
    public SpoilerTimeline unflag(ContentKind kind, long id, long expectedVersion, String reason) {
        requireSpoilerKind(kind);
        SignedInStaff staff = currentStaff.require(UNFLAGGERS);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the flag is taken back");
        }
        if (reason.length() > SpoilerFlag.REASON_MAX) {
            throw new IllegalArgumentException("The reason is longer than " + SpoilerFlag.REASON_MAX + " characters");
        }
        SpoilerSubject subject = content.spoilerSubject(kind, id);
        if (!staff.scope().includesAny(subject.markets())) {
            throw new OutOfScopeException(kind.label(), id);
        }
        SpoilerFlag flag = flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id)
                .orElseThrow(() -> new IllegalStateException(kind.label() + " " + id + " is not flagged as a spoiler"));
        if (flag.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Spoiler flag #" + flag.getId(), audit.lastEventAbout(kind.name(), id)
                    .map(e -> e.getActor()).orElse("another staff member"));
        }
        Instant now = clock.instant();
        flag.unflag(staff.username(), now, reason.strip());
        flags.flush();
        content.clearSpoiler(kind, id);
        audit.record("SPOILER_UNFLAGGED", kind.name(), id, null, kind.label() + " " + id + " no longer flagged as a"
                + " spoiler of " + targetLabel(flag.getTarget(), flag.getTargetId()) + ": " + reason.strip());
        holds.recompute(kind, id, now);
        events.publishEvent(new SpoilerFlagChanged(kind, id, false, flag.getTarget(), flag.getTargetId(),
                targetLabel(flag.getTarget(), flag.getTargetId()), subject.markets(), staff.username(), now,
                reason.strip()));
        return timeline(kind, id);
    }

    /**
     * A review decision with "flag as spoiler" (one case, a bulk run from the queue or from search
     * results): a flag of the item's default target, in the decision's transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseDecided decision) {
        if (!decision.markSpoiler() || !ContentModeration.canBeSpoiler(decision.subjectKind())) {
            return;
        }
        ContentKind kind = decision.subjectKind();
        long id = decision.subjectId();
        if (flags.findFirstByItemKindAndItemIdAndActiveTrue(kind, id).isEmpty()) {
            SpoilerSubject subject = content.spoilerSubject(kind, id);
            FlagSource source = decision.bulk() && decision.origin() == CaseOrigin.STAFF
                    ? FlagSource.BULK_SEARCH : FlagSource.REVIEW;
            createFlag(subject, defaultTarget(subject), source, actor());
        }
        holds.recompute(kind, id, clock.instant());
    }

    /**
     * An appeal overturned a review decision that flagged the item: content has cleared its boolean
     * already ({@code ContentModeration.restore}), the flag is taken back with the appeal as reason.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AppealDecided appeal) {
        if (appeal.outcome() != AppealOutcome.OVERTURNED || appeal.decision() != AppealedDecision.REVIEW_DECISION
                || !ContentModeration.canBeSpoiler(appeal.itemKind())
                || content.isSpoiler(appeal.itemKind(), appeal.itemId())) {
            return;
        }
        flags.findFirstByItemKindAndItemIdAndActiveTrue(appeal.itemKind(), appeal.itemId()).ifPresent(flag -> {
            String reason = "Appeal #" + appeal.appealId() + " overturned the decision: " + appeal.note();
            flag.unflag(appeal.decidedBy(), appeal.decidedAt(), reason.length() > SpoilerFlag.REASON_MAX
                    ? reason.substring(0, SpoilerFlag.REASON_MAX) : reason);
            audit.record("SPOILER_UNFLAGGED", appeal.itemKind().name(), appeal.itemId(), null,
                    appeal.itemKind().label() + " " + appeal.itemId() + " no longer flagged as a spoiler: " + reason);
            holds.recompute(appeal.itemKind(), appeal.itemId(), clock.instant());
        });
    }

    /**
     * An episode's release date was set, moved or removed: its Moments and chat messages, and the items
     * flagged as spoilers of it, its season or its title, follow (a date moved later embargoes again).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReleaseDateChanged change) {
        Set<ContentRef> items = new LinkedHashSet<>(content.itemsOfEpisode(change.episodeId()));
        long season = releases.seasonOf(change.episodeId());
        for (SpoilerFlag f : flags.findByTargetAndTargetIdAndActiveTrue(SpoilerTarget.EPISODE, change.episodeId())) {
            items.add(new ContentRef(f.getItemKind(), f.getItemId()));
        }
        for (SpoilerFlag f : flags.findByTargetAndTargetIdAndActiveTrue(SpoilerTarget.SEASON, season)) {
            items.add(new ContentRef(f.getItemKind(), f.getItemId()));
        }
        for (SpoilerFlag f : flags.findByTargetAndTargetIdAndActiveTrue(SpoilerTarget.TITLE, change.titleId())) {
            items.add(new ContentRef(f.getItemKind(), f.getItemId()));
        }
        // existing items, some flagged, with pending transitions and share links: the full recompute
        // (recomputeNew is for items created in this transaction only)
        Instant now = clock.instant();
        SpoilerWindowSchedule schedule = windows.schedule();
        items.forEach(item -> holds.recompute(item.kind(), item.id(), now, schedule));
    }

    /**
     * A sharing policy version was published (now or for later): when it changes any spoiler window,
     * every flagged item's spoiler-hidden periods are computed again, in the publication's transaction
     * (embargoes do not depend on windows). A version published for later is in the windows already, so
     * the items' transitions fall due at its effective time without another recompute.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PolicyPublished published) {
        SpoilerWindowSchedule after = windows.schedule();
        if (!windows.changedBy(published.versionId(), after)) {
            return;
        }
        Instant now = clock.instant();
        List<SpoilerFlag> active = flags.findByActiveTrue();
        active.forEach(f -> holds.recompute(f.getItemKind(), f.getItemId(), now, after));
        audit.record("SPOILER_WINDOWS_APPLIED", "POLICY_VERSION", published.versionId(), "*".equals(published.market())
                ? null : published.market(), "Spoiler windows of " + ("*".equals(published.market()) ? "the default policy"
                        : published.market() + "'s policy") + " v" + published.number() + " (effective "
                        + published.effectiveAt() + ") applied to " + active.size() + " flagged item(s)");
    }

    /**
     * Computes the holds of every item of the episode (Moments and chat messages) now: for items that
     * entered without a flag (demo data, later the ingest API), whose embargo nobody computed yet.
     */
    @Transactional
    public int recomputeEpisode(long episodeId) {
        Instant now = clock.instant();
        List<ContentRef> items = content.itemsOfEpisode(episodeId);
        SpoilerWindowSchedule schedule = windows.schedule();
        items.forEach(item -> holds.recompute(item.kind(), item.id(), now, schedule));
        return items.size();
    }

    /**
     * Computes the holds of items that just entered (the ingest API), in the caller's transaction: no
     * member sees a new Moment or chat message before its embargo or spoiler window is in force.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputeNew(java.util.Collection<ContentRef> items) {
        if (items.isEmpty()) {
            return;
        }
        holds.recomputeNew(items, clock.instant(), windows.schedule());
    }

    private long createFlag(SpoilerSubject subject, SpoilerTarget target, FlagSource source, String by) {
        long targetId = targetId(subject, target);
        Instant now = clock.instant();
        flags.save(new SpoilerFlag(subject.kind(), subject.id(), target, targetId, source, by, now));
        audit.record("SPOILER_FLAGGED", subject.kind().name(), subject.id(), null, subject.kind().label() + " "
                + subject.id() + " flagged as a spoiler of " + targetLabel(target, targetId) + " (" + source.label() + ")");
        return targetId;
    }

    static SpoilerTarget defaultTarget(SpoilerSubject subject) {
        return subject.episodeId() == null ? SpoilerTarget.TITLE : SpoilerTarget.EPISODE;
    }

    private static List<SpoilerTarget> targetsOf(SpoilerSubject subject) {
        return subject.episodeId() == null ? List.of(SpoilerTarget.TITLE) : List.of(SpoilerTarget.values());
    }

    private static long targetId(SpoilerSubject subject, SpoilerTarget target) {
        Long id = switch (target) {
            case EPISODE -> subject.episodeId();
            case SEASON -> subject.seasonId();
            case TITLE -> subject.titleId();
        };
        if (id == null) {
            throw new IllegalArgumentException("A " + subject.kind().label().toLowerCase(Locale.ROOT)
                    + " shows no episode: flag it as a spoiler of its title");
        }
        return id;
    }

    private String targetLabel(SpoilerTarget target, long id) {
        return switch (target) {
            case EPISODE -> releases.episodeLabel(id);
            case SEASON -> releases.seasonLabel(id);
            case TITLE -> releases.titleName(id);
        };
    }

    private SpoilerTimeline.Flag view(SpoilerFlag f) {
        return new SpoilerTimeline.Flag(f.getId(), f.getTarget(), f.getTargetId(), targetLabel(f.getTarget(),
                f.getTargetId()), f.getSource(), f.getFlaggedBy(), f.getFlaggedAt(), f.getVersion());
    }

    /**
     * "Suggested: flag as spoiler of … (released in FR 3 days ago, upcoming in DE on 4 Dec 2026)" for an
     * unflagged item showing an episode released within the window somewhere or upcoming somewhere.
     */
    @Nullable String suggestion(SpoilerSubject subject, Instant now) {
        if (subject.episodeId() == null) {
            return null;
        }
        List<String> why = new ArrayList<>();
        SpoilerWindowSchedule schedule = windows.schedule();
        for (Map.Entry<String, Instant> r : new TreeMap<>(catalog.releasesOf(subject.episodeId())).entrySet()) {
            Instant at = r.getValue();
            if (at.isAfter(now)) {
                why.add("upcoming in " + r.getKey() + " on " + DAY.format(at));
            } else if (now.isBefore(schedule.hiddenUntil(r.getKey(), subject.titleKind(), at))) {
                long days = Duration.between(at, now).toDays();
                why.add("released in " + r.getKey() + " " + (days == 0 ? "today" : days == 1 ? "yesterday"
                        : days + " days ago"));
            }
        }
        if (why.isEmpty()) {
            return null;
        }
        return "Suggested: flag as spoiler of " + releases.episodeLabel(subject.episodeId()) + " ("
                + String.join(", ", why) + ")";
    }

    private static void requireSpoilerKind(ContentKind kind) {
        if (!ContentModeration.canBeSpoiler(kind)) {
            throw new IllegalArgumentException("A " + kind.label().toLowerCase(Locale.ROOT)
                    + " cannot be flagged as a spoiler");
        }
    }

    private String actor() {
        try {
            return currentStaff.get().username();
        } catch (AccessDeniedException e) {
            return "system";
        }
    }
}
