package com.clipdesk.policy;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.TitleKind;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.RequiredText;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.RecentSignIn;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy versions through their lifecycle: draft (new, or based on an earlier version: that is how a
 * rollback starts), edit, submit, approve or reject by a second policy admin (never who wrote it),
 * publish now or at an effective time. Every step checks the role, the input and the version read
 * (optimistic locking), is audited, and a publication announces {@link PolicyPublished}. Every staff
 * member may read the policies; policy admins and admins change them.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    static final Role[] EDITORS = {Role.POLICY_ADMIN, Role.ADMIN};
    static final String SUBJECT = "POLICY_VERSION";
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final int MAX_CLIP_SECONDS = 600;

    private final PolicyVersionRepository versions;
    private final CatalogService catalog;
    private final com.clipdesk.content.ContentService content;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final RecentSignIn recentSignIn;

    PolicyService(PolicyVersionRepository versions, CatalogService catalog, com.clipdesk.content.ContentService content,
            CurrentStaff currentStaff, AuditLog audit, ApplicationEventPublisher events, EntityManager em, Clock clock,
            RecentSignIn recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.content = content;
        this.versions = versions;
        this.catalog = catalog;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    public boolean mayEdit() {
        return currentStaff.get().hasAny(EDITORS);
    }

    /**
     * Why the signed-in staff member may not approve or reject version {@code id}, or null when they may:
     * the rule {@link #approve} applies, for pages to hide what it would refuse and say why.
     */
    public @Nullable String reviewRefusal(long id) {
        SignedInStaff staff = currentStaff.get();
        if (!staff.hasAny(EDITORS)) {
            return "Policy admins and admins review policy versions.";
        }
        return find(id).writtenBy(staff.username())
                ? "You wrote this version: another policy admin reviews it (four-eyes)." : null;
    }

    /** A market's versions (or the default's, market "*"), newest first. */
    public List<PolicyVersionView> versions(String market) {
        currentStaff.require(Role.values());
        String code = market(market);
        Instant now = clock.instant();
        List<PolicyVersion> found = versions.findByMarketCodeOrderByNumberDesc(code);
        Long live = live(found, now).map(PolicyVersion::getId).orElse(null);
        return found.stream().map(v -> view(v, live, now)).toList();
    }

    public PolicyVersionView version(long id) {
        currentStaff.require(Role.values());
        PolicyVersion v = find(id);
        Instant now = clock.instant();
        Long live = live(versions.findByMarketCodeOrderByNumberDesc(v.getMarketCode()), now).map(PolicyVersion::getId)
                .orElse(null);
        return view(v, live, now);
    }

    /** The policy in force in {@code market} at {@code at}: the live default with the market's live overrides. */
    public EffectivePolicy effective(String market, Instant at) {
        currentStaff.require(Role.values());
        return effectiveUnchecked(market(market), at).policy();
    }

    /**
     * The policy that would be in force in {@code market} at {@code at} if version {@code versionId} were
     * live there: a market's version over the live default, or a default version under the market's live
     * overrides. For the simulator: asking "would this be allowed?" of a draft before anyone approves it.
     */
    public EffectivePolicy effectiveIf(long versionId, String market, Instant at) {
        currentStaff.require(Role.values());
        String code = market(market);
        PolicyVersion v = find(versionId);
        if (PolicyVersion.DEFAULT.equals(v.getMarketCode())) {
            PolicyRules own = PolicyVersion.DEFAULT.equals(code) ? PolicyRules.inheritAll()
                    : live(versions.findByMarketCodeOrderByNumberDesc(code), at).map(PolicyVersion::rules)
                            .orElse(PolicyRules.inheritAll());
            if (!v.rules().complete()) {
                throw new InvalidPolicyException("rules", label(v) + " does not set every rule yet: complete it first.");
            }
            return EffectivePolicy.of(code, v.rules(), own);
        }
        if (!v.getMarketCode().equals(code)) {
            throw new InvalidPolicyException("version", label(v) + " is not a version of " + label(code) + ".");
        }
        PolicyVersion defaults = live(versions.findByMarketCodeOrderByNumberDesc(PolicyVersion.DEFAULT), at)
                .orElseThrow(() -> new IllegalStateException("No default policy is published"));
        return EffectivePolicy.of(code, defaults.rules(), v.rules());
    }

    /**
     * The policy in force in {@code market} at {@code at} as the caller's transaction sees the published
     * versions (a publication in it included, which the compiled {@link PolicyDecisions} learn only after
     * commit). No staff check: for modules re-checking content when a policy changes (a system rule).
     * Empty when no default policy is in force at {@code at}.
     */
    public Optional<EffectivePolicy> inForce(String market, Instant at) {
        try {
            return Optional.of(effectiveUnchecked(market, at).policy());
        } catch (IllegalStateException noDefault) {
            return Optional.empty();
        }
    }

    /**
     * The markets whose policy in force may have changed in (after, upTo]: a version of theirs was
     * published or took effect then; {@code *} for a version of the default policy,
     * which changes every market. No staff check (a system read, like {@link #inForce}).
     */
    public java.util.Set<String> marketsChangedBetween(Instant after, Instant upTo) {
        return java.util.Set.copyOf(versions.marketsChangedBetween(PolicyStatus.PUBLISHED, after, upTo));
    }

    /** The effective policy and the version numbers it is made of, for the decision API (no staff check). */
    Compiled effectiveUnchecked(String market, Instant at) {
        return compile(market, versions.findByMarketCodeOrderByNumberDesc(PolicyVersion.DEFAULT),
                PolicyVersion.DEFAULT.equals(market) ? List.of() : versions.findByMarketCodeOrderByNumberDesc(market), at);
    }

    /**
     * The effective policy of {@code market} at {@code at} from versions already read: the default's and
     * the market's own (any status; the live one of each is chosen here).
     *
     * @throws IllegalStateException when no default version is live at {@code at}
     */
    static Compiled compile(String market, List<PolicyVersion> defaultVersions, List<PolicyVersion> marketVersions,
            Instant at) {
        PolicyVersion defaults = live(defaultVersions, at)
                .orElseThrow(() -> new IllegalStateException("No default policy is published"));
        Optional<PolicyVersion> own = live(marketVersions, at);
        PolicyRules overrides = own.map(PolicyVersion::rules).orElse(PolicyRules.inheritAll());
        return new Compiled(EffectivePolicy.of(market, defaults.rules(), overrides),
                own.map(PolicyVersion::getNumber).orElse(0), defaults.getNumber(), defaults.rules(), overrides);
    }

    /**
     * An effective policy with the numbers of the market's version (0: inherits all) and of the default's,
     * and the rules of each it was made of.
     */
    record Compiled(EffectivePolicy policy, int marketVersion, int defaultVersion, PolicyRules defaults,
            PolicyRules own) {}

    /**
     * What the version would leave outside the policy if it were live now, against the policy in force:
     * for policy admins deciding whether to publish a stricter version. For a version of the default
     * policy, in every market that inherits the changed rules.
     */
    public List<PolicyImpact> impact(long versionId) {
        currentStaff.require(EDITORS);
        PolicyVersion v = find(versionId);
        Instant now = clock.instant();
        List<String> markets = PolicyVersion.DEFAULT.equals(v.getMarketCode())
                ? catalog.markets().stream().map(m -> m.code()).toList() : List.of(v.getMarketCode());
        List<PolicyImpact> impacts = new java.util.ArrayList<>();
        for (String market : markets) {
            List<PolicyImpact.Line> lines = breaches(v, market, now).stream().map(Breach::line).toList();
            if (!lines.isEmpty()) {
                impacts.add(new PolicyImpact(market, v.getNumber(), lines));
            }
        }
        return impacts;
    }

    /**
     * One line of {@link #impact}: the rule version {@code versionId} makes stricter in {@code market} and how
     * many Moments it reaches now; empty when the version does not (or no longer) make it stricter there. For
     * every staff member who reads policies, in their markets: the page listing the Moments concerned.
     */
    public Optional<PolicyImpact.Line> impactLine(long versionId, String market, String key) {
        return breach(versionId, market, key).map(Breach::line);
    }

    /** A page of the Moments the impact line reaches, by id (see {@link #impactLine}). */
    public List<com.clipdesk.content.MarketMomentRow> impactMoments(long versionId, String market, String key,
            int offset, int limit) {
        String code = market(market);
        return breach(versionId, code, key).map(b -> content.momentsIn(code, b.selection(), offset, limit))
                .orElse(List.of());
    }

    /** How many Moments the impact line reaches (for links to closed destinations: the Moments, not the links). */
    public long impactMomentCount(long versionId, String market, String key) {
        String code = market(market);
        return breach(versionId, code, key).map(b -> content.countMomentsIn(code, b.selection())).orElse(0L);
    }

    /** The ids of all the Moments the impact line reaches, at most {@code limit}, for a bulk action on them. */
    public List<Long> impactMomentIds(long versionId, String market, String key, int limit) {
        String code = market(market);
        return breach(versionId, code, key).map(b -> content.momentIdsIn(code, b.selection(), limit)).orElse(List.of());
    }

    private Optional<Breach> breach(long versionId, String market, String key) {
        SignedInStaff staff = currentStaff.require(Role.values());
        String code = market(market);
        if (PolicyVersion.DEFAULT.equals(code)) {
            throw new InvalidPolicyException("market", "Name a market: the Moments concerned are listed per market.");
        }
        if (!staff.scope().includes(code)) {
            throw new AccessDeniedException(code + " is not one of your markets (" + staff.scope() + ").");
        }
        PolicyVersion v = find(versionId);
        if (!PolicyVersion.DEFAULT.equals(v.getMarketCode()) && !v.getMarketCode().equals(code)) {
            throw new InvalidPolicyException("market", label(v) + " is not a version of " + label(code) + ".");
        }
        return breaches(v, code, clock.instant()).stream().filter(b -> b.line().key().equals(key)).findFirst();
    }

    /** A stricter rule's impact line and the Moments it reaches, as content selects them. */
    private record Breach(PolicyImpact.Line line, com.clipdesk.content.MomentSelection selection) {}

    /** What {@code v} makes stricter in {@code market} against the policy in force at {@code now}. */
    private List<Breach> breaches(PolicyVersion v, String market, Instant now) {
        EffectivePolicy live = effectiveUnchecked(market, now).policy();
        EffectivePolicy proposed = PolicyVersion.DEFAULT.equals(v.getMarketCode())
                ? EffectivePolicy.of(market, v.rules(), live(versions.findByMarketCodeOrderByNumberDesc(market), now)
                        .map(PolicyVersion::rules).orElse(PolicyRules.inheritAll()))
                : EffectivePolicy.of(market, live(versions.findByMarketCodeOrderByNumberDesc(PolicyVersion.DEFAULT),
                        now).orElseThrow().rules(), v.rules());
        return breaches(market, live, proposed, now);
    }

    private List<Breach> breaches(String market, EffectivePolicy live, EffectivePolicy proposed, Instant now) {
        List<Breach> found = new java.util.ArrayList<>();
        for (Map.Entry<TitleKind, Integer> e : proposed.maxClipSeconds().entrySet()) {
            Integer before = live.maxClipSeconds().get(e.getKey());
            if (before != null && e.getValue() < before) {
                var selection = new com.clipdesk.content.MomentSelection.LongerThan(e.getKey(), e.getValue());
                found.add(new Breach(new PolicyImpact.Line(EffectivePolicy.Rule.CLIP_LENGTH, e.getKey().label() + ": "
                        + before + " s → " + e.getValue() + " s", content.countMomentsIn(market, selection),
                        "Moments longer than the new limit", "clip_length:" + e.getKey().name()), selection));
            }
        }
        for (ClipBlackout b : proposed.blackouts()) {
            boolean isNew = live.blackouts().stream().noneMatch(b::equals);
            if (isNew && b.covers(b.titleId(), b.seasonId(), now)) {
                var selection = new com.clipdesk.content.MomentSelection.OfTitle(b.titleId(), b.seasonId());
                found.add(new Breach(new PolicyImpact.Line(EffectivePolicy.Rule.BLACKOUT, "Title " + b.titleId()
                        + (b.seasonId() == null ? "" : ", season " + b.seasonId()) + " not clippable: " + b.why(),
                        content.countMomentsIn(market, selection), "Moments of it", "blackout:" + b.titleId()
                                + (b.seasonId() == null ? "" : ":" + b.seasonId())), selection));
            }
        }
        java.util.Set<com.clipdesk.content.ShareDestination> closed = java.util.EnumSet.noneOf(
                com.clipdesk.content.ShareDestination.class);
        closed.addAll(live.destinations());
        closed.removeAll(proposed.destinations());
        if (!closed.isEmpty()) {
            // counted as links (what members would lose), listed as the Moments that carry them
            found.add(new Breach(new PolicyImpact.Line(EffectivePolicy.Rule.DESTINATION, "No longer allowed: "
                    + String.join(", ", closed.stream().map(com.clipdesk.content.ShareDestination::label).sorted().toList()),
                    content.countShareLinksTo(market, closed), "share links to them", "destination"),
                    new com.clipdesk.content.MomentSelection.SharedTo(closed)));
        }
        return found;
    }

    // --- lifecycle -------------------------------------------------------------------------------

    /**
     * A new draft for the market, with the rules of {@code basedOnId} (an earlier version of the same
     * market: a rollback), or else of the market's newest version, or else inheriting everything.
     */
    @Transactional
    public PolicyVersionView draft(String market, @Nullable Long basedOnId, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        String code = market(market);
        String why = RequiredText.of(note, PolicyVersion.NOTE_MAX, "Say what this version is for.",
                m -> new InvalidPolicyException("note", m));
        PolicyVersion base;
        if (basedOnId != null) {
            base = find(basedOnId);
            if (!base.getMarketCode().equals(code)) {
                throw new InvalidPolicyException("basedOn", "Version " + base.getNumber() + " is a version of "
                        + label(base.getMarketCode()) + ", not of " + label(code) + ".");
            }
        } else {
            base = versions.findByMarketCodeOrderByNumberDesc(code).stream().findFirst().orElse(null);
        }
        PolicyRules rules = base == null ? PolicyRules.inheritAll() : base.rules();
        PolicyVersion draft = new PolicyVersion(code, versions.lastNumber(code) + 1, rules, why,
                base == null ? null : base.getId(), staff.username(), clock.instant());
        versions.save(draft);
        audit.record("POLICY_DRAFTED", SUBJECT, draft.getId(), marketOrNull(code), "Drafted " + label(code) + " v"
                + draft.getNumber() + (base == null ? "" : " from v" + base.getNumber()) + ": " + why);
        flush(draft);
        return version(draft.getId());
    }

    /** Changes a draft's rules and note; checks them as a whole (the default must set every rule). */
    @Transactional
    public PolicyVersionView edit(long id, long expectedVersion, PolicyRules rules, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        PolicyVersion v = current(id, expectedVersion);
        validate(v.getMarketCode(), rules);
        String why = RequiredText.of(note, PolicyVersion.NOTE_MAX, "Say what this version is for.",
                m -> new InvalidPolicyException("note", m));
        state(() -> v.edit(rules, why, staff.username()));
        audit.record("POLICY_EDITED", SUBJECT, id, marketOrNull(v.getMarketCode()), "Edited " + label(v));
        flush(v);
        return version(id);
    }

    @Transactional
    public PolicyVersionView submit(long id, long expectedVersion) {
        currentStaff.require(EDITORS);
        PolicyVersion v = current(id, expectedVersion);
        validate(v.getMarketCode(), v.rules());
        state(() -> v.submit(clock.instant()));
        audit.record("POLICY_SUBMITTED", SUBJECT, id, marketOrNull(v.getMarketCode()), "Submitted " + label(v)
                + " for review");
        flush(v);
        return version(id);
    }

    /** Approves a submitted version: a second policy admin or admin, never one who wrote it. */
    @Transactional
    public PolicyVersionView approve(long id, long expectedVersion, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        PolicyVersion v = current(id, expectedVersion);
        fourEyes(v, staff);
        state(() -> v.approve(staff.username(), clock.instant(), blankToNull(note)));
        audit.record("POLICY_APPROVED", SUBJECT, id, marketOrNull(v.getMarketCode()), "Approved " + label(v)
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        flush(v);
        return version(id);
    }

    /** Sends a submitted version back to its authors as a draft, with the reason. */
    @Transactional
    public PolicyVersionView reject(long id, long expectedVersion, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        PolicyVersion v = current(id, expectedVersion);
        fourEyes(v, staff);
        String why = RequiredText.of(note, PolicyVersion.NOTE_MAX, "Say what must change.",
                m -> new InvalidPolicyException("reviewNote", m));
        state(() -> v.reject(staff.username(), clock.instant(), why));
        audit.record("POLICY_REJECTED", SUBJECT, id, marketOrNull(v.getMarketCode()), "Sent " + label(v)
                + " back: " + why);
        flush(v);
        return version(id);
    }

    /** Publishes an approved version, effective now ({@code effectiveAt} null) or at a later time. */
    @Transactional
    public PolicyVersionView publish(long id, long expectedVersion, @Nullable Instant effectiveAt) {
        SignedInStaff staff = currentStaff.require(EDITORS);
        PolicyVersion v = current(id, expectedVersion);
        Instant now = clock.instant();
        Instant effective = effectiveAt == null ? now : effectiveAt;
        if (effective.isBefore(now.minus(CLOCK_SLACK))) {
            throw new InvalidPolicyException("effectiveAt", "A version takes effect now or later, not in the past.");
        }
        // publishing is what changes the rules in force, a rollback included (a draft based on an earlier version)
        recentSignIn.require("Publishing a policy version");
        state(() -> v.publish(staff.username(), now, effective));
        audit.record("POLICY_PUBLISHED", SUBJECT, id, marketOrNull(v.getMarketCode()), "Published " + label(v)
                + (effective.equals(now) ? ", effective now" : ", effective " + effective));
        flush(v);
        events.publishEvent(new PolicyPublished(id, v.getMarketCode(), v.getNumber(), effective, staff.username()));
        return version(id);
    }

    // --- rules -----------------------------------------------------------------------------------

    private static void fourEyes(PolicyVersion v, SignedInStaff staff) {
        if (v.writtenBy(staff.username())) {
            throw new AccessDeniedException("You wrote " + label(v) + ": another policy admin reviews it (four-eyes).");
        }
    }

    /** Rules a version may hold: the default sets every rule; values within sane bounds. */
    static void validate(String market, PolicyRules rules) {
        if (PolicyJson.write(rules).length() > PolicyVersion.RULES_MAX) {
            throw new InvalidPolicyException("blackouts", "This version's rules are too long to keep (at most "
                    + PolicyVersion.RULES_MAX + " characters as JSON): fewer blackouts, or shorter reasons.");
        }
        if (PolicyVersion.DEFAULT.equals(market) && !rules.complete()) {
            throw new InvalidPolicyException("rules", "The default policy sets every rule, and a clip length for "
                    + "every title kind: markets inherit from it.");
        }
        if (rules.destinations() != null && rules.destinations().isEmpty() && PolicyVersion.DEFAULT.equals(market)) {
            throw new InvalidPolicyException("destinations", "The default policy allows at least one destination.");
        }
        if (rules.maxClipSeconds() != null) {
            for (Map.Entry<TitleKind, Integer> e : rules.maxClipSeconds().entrySet()) {
                if (e.getValue() < 1 || e.getValue() > MAX_CLIP_SECONDS) {
                    throw new InvalidPolicyException("maxClipSeconds", "Clips of a " + e.getKey().label()
                            .toLowerCase(java.util.Locale.ROOT) + " last 1 to " + MAX_CLIP_SECONDS + " s, not "
                            + e.getValue() + ".");
                }
            }
        }
        if (rules.minimumAge() != null) {
            for (Map.Entry<String, Integer> e : rules.minimumAge().entrySet()) {
                if (e.getValue() < 0 || e.getValue() > 21) {
                    throw new InvalidPolicyException("minimumAge", "The minimum age for " + e.getKey()
                            + " is 0 to 21, not " + e.getValue() + ".");
                }
            }
        }
    }

    private String market(String market) {
        String code = market.strip().toUpperCase(java.util.Locale.ROOT);
        if (PolicyVersion.DEFAULT.equals(code) || catalog.markets().stream().anyMatch(m -> m.code().equals(code))) {
            return code;
        }
        throw new NotFoundException("Market", market);
    }

    /** The version in force at {@code at}: the published one with the latest effective time not after it. */
    static Optional<PolicyVersion> live(List<PolicyVersion> marketVersions, Instant at) {
        return marketVersions.stream()
                .filter(v -> v.getStatus() == PolicyStatus.PUBLISHED && v.getEffectiveAt() != null
                        && !v.getEffectiveAt().isAfter(at))
                .max(Comparator.comparing(PolicyVersion::getEffectiveAt).thenComparing(PolicyVersion::getNumber));
    }

    private PolicyVersion find(long id) {
        return versions.findById(id).orElseThrow(() -> new NotFoundException("Policy version", id));
    }

    private PolicyVersion current(long id, long expectedVersion) {
        PolicyVersion v = find(id);
        if (v.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(label(v), lastActor(id));
        }
        return v;
    }

    private static void state(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new InvalidPolicyException(null, e.getMessage());
        }
    }

    private void flush(PolicyVersion v) {
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException(label(v), lastActor(v.getId()));
        }
    }

    private String lastActor(long id) {
        return audit.lastEventAbout(SUBJECT, id).map(e -> e.getActor()).orElse("another policy admin");
    }

    private static PolicyVersionView view(PolicyVersion v, @Nullable Long liveId, Instant now) {
        boolean live = v.getId().equals(liveId);
        boolean superseded = v.getStatus() == PolicyStatus.PUBLISHED && !live && v.getEffectiveAt() != null
                && !v.getEffectiveAt().isAfter(now);
        return new PolicyVersionView(v.getId(), v.getMarketCode(), v.getNumber(), v.getStatus(), v.rules(), v.getNote(),
                v.getBasedOn(), v.getAuthor(), v.getCreatedAt(), v.getLastEditedBy(), v.getSubmittedAt(),
                v.getReviewedBy(), v.getReviewedAt(), v.getReviewNote(), v.getEffectiveAt(), v.getPublishedBy(),
                v.getPublishedAt(), live, superseded, v.getVersion());
    }

    private static String label(String market) {
        return PolicyVersion.DEFAULT.equals(market) ? "the default policy" : market + "'s policy";
    }

    private static String label(PolicyVersion v) {
        return (PolicyVersion.DEFAULT.equals(v.getMarketCode()) ? "Default policy" : v.getMarketCode()) + " v"
                + v.getNumber();
    }

    private static @Nullable String marketOrNull(String market) {
        return PolicyVersion.DEFAULT.equals(market) ? null : market;
    }

    private static @Nullable String blankToNull(@Nullable String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
