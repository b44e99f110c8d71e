package com.clipdesk.takedown;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentModeration;
import com.clipdesk.content.ReviewFacts;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.NotFoundException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.MarketScope;
import com.clipdesk.staff.RecentSignIn;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes items down, narrows and lifts takedowns, records legal orders. Checks who may (moderators,
 * leads and admins take down within their markets; only leads and admins narrow and lift) and input
 * before writing anything; sets the item's blocks through content's {@link ContentModeration} in the
 * same transaction, audits every step and publishes {@link TakedownApplied} / {@link TakedownChanged}.
 */
@Service
@Transactional(readOnly = true)
public class TakedownService {

    static final Role[] DECIDERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.ADMIN};
    static final Role[] LIFTERS = {Role.LEAD_MODERATOR, Role.ADMIN};
    /** Who opens the takedowns page (item pages show an item's takedowns to everyone who sees the item). */
    static final Role[] LIST_READERS = {Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN};
    static final String SUBJECT = "TAKEDOWN";
    static final String ORDER_SUBJECT = "LEGAL_ORDER";
    /** A receipt time a little ahead of the server's clock is a clock difference, not a typo. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final TakedownRepository takedowns;
    private final LegalOrderRepository orders;
    private final ContentModeration moderation;
    private final ReasonCodes reasonCodes;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final com.clipdesk.catalog.CatalogService catalog;
    private final RecentSignIn recentSignIn;

    TakedownService(TakedownRepository takedowns, LegalOrderRepository orders, ContentModeration moderation,
            ReasonCodes reasonCodes, CurrentStaff currentStaff, AuditLog audit, ApplicationEventPublisher events,
            EntityManager em, Clock clock, com.clipdesk.catalog.CatalogService catalog, RecentSignIn recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.catalog = catalog;
        this.takedowns = takedowns;
        this.orders = orders;
        this.moderation = moderation;
        this.reasonCodes = reasonCodes;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /** Whether the signed-in staff member opens the takedowns page (and its legal orders). */
    public boolean mayReadList() {
        return currentStaff.get().hasAny(LIST_READERS);
    }

    /** Whether the signed-in staff member may take items down (within their markets). */
    public boolean mayTakeDown() {
        return currentStaff.get().hasAny(DECIDERS);
    }

    /** Whether the signed-in staff member may narrow and lift takedowns. */
    public boolean mayLift() {
        return currentStaff.get().hasAny(LIFTERS);
    }

    /** Whether the signed-in staff member may reject open legal orders (leads and admins, as for lifting). */
    public boolean mayRejectLegalOrders() {
        return currentStaff.get().hasAny(LIFTERS);
    }

    /** The reason codes a takedown may carry: the active ones for removals. */
    public List<ReasonCodeView> reasonCodes() {
        currentStaff.require(DECIDERS);
        return reasonCodes.activeFor(Disposition.REMOVE);
    }

    /** The staff member's markets, for the list's market filter. */
    public List<String> marketsInScope() {
        currentStaff.require(LIST_READERS);
        return catalog.marketsInScope().stream().map(com.clipdesk.catalog.MarketView::code).sorted().toList();
    }

    /** Whether the signed-in staff member's scope holds this market. */
    public boolean inScope(String market) {
        return currentStaff.get().scope().includes(market);
    }

    /** The current time, so countdowns agree with the service's idea of overdue. */
    public Instant now() {
        return clock.instant();
    }

    /** The markets an item is listed in, for the dialog; checks the item is in the staff member's markets. */
    public Set<String> itemMarkets(ContentKind kind, long itemId) {
        return itemInScope(currentStaff.get(), kind, itemId).markets();
    }

    /**
     * Takes the item down. Nothing is written when the input is invalid ({@link InvalidTakedownException}
     * naming the field), the staff member may not ({@link org.springframework.security.access.AccessDeniedException}),
     * or the item changed meanwhile ({@link ConcurrentEditException}).
     */
    @Transactional
    public TakedownView takeDown(TakedownRequest request) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        if (!ContentModeration.canBeTakenDown(request.kind())) {
            throw new InvalidTakedownException(null, request.kind().label() + "s cannot be taken down, only removed.");
        }
        ReviewFacts item = itemInScope(staff, request.kind(), request.itemId());
        Set<String> markets = scopeOf(staff, request, item.markets());
        String reasonCode = reasonCode(request.reasonCode());
        Ground ground = required(request.ground(), "ground", "Choose the ground: illegal content or our terms.");
        String reference = text(request.groundReference(), "groundReference", Takedown.REFERENCE_MAX,
                ground == Ground.ILLEGAL ? "Name the law the content breaks, " + ground.referenceHint() + "."
                        : "Name the clause of our terms, " + ground.referenceHint() + ".");
        String explanation = text(request.explanation(), "explanation", Takedown.TEXT_MAX,
                "Explain the decision: members and authorities read it.");
        LegalOrderRequest orderRequest = request.legalOrder();
        Instant now = clock.instant();
        LegalOrder order = orderRequest == null ? null
                : newOrder(orderRequest, request.kind(), request.itemId(), markets, staff, now);
        List<Takedown> active = takedowns.findByItemKindAndItemIdAndStatus(request.kind(), request.itemId(),
                TakedownStatus.ACTIVE);
        requireNotCovered(active, request.everywhere(), markets);

        Takedown takedown = new Takedown(request.kind(), request.itemId(), request.everywhere(), markets, reasonCode,
                ground, reference, explanation, staff.username(), now);
        em.persist(takedown);
        active.add(takedown);
        hide(request.kind(), request.itemId(), active);
        audit.record("TAKEDOWN_APPLIED", SUBJECT, takedown.getId(), singleMarket(takedown),
                "Took " + request.kind().label() + " #" + request.itemId() + " down " + where(takedown) + " ("
                        + ground.label().toLowerCase(java.util.Locale.ROOT) + ": " + reference + "; reason "
                        + reasonCode + "): " + explanation);
        if (order != null) {
            em.persist(order);
            fulfilled(order, takedown, now);
        }
        // open orders on the item that this takedown covers are fulfilled by it
        for (LegalOrder open : orders.findByItemKindAndItemIdAndStatus(request.kind(), request.itemId(),
                LegalOrderStatus.OPEN)) {
            if (open != order && (takedown.isEverywhere() || takedown.getMarkets().containsAll(open.getMarkets()))) {
                fulfilled(open, takedown, now);
                if (order == null) {
                    order = open;
                }
            }
        }
        flush(request.kind().label() + " #" + request.itemId(), SUBJECT, takedown.getId());
        events.publishEvent(new TakedownApplied(takedown.getId(), request.kind(), request.itemId(),
                takedown.isEverywhere(), takedown.getMarkets(), ground, reference, reasonCode, explanation,
                staff.username(), now, order == null ? null : order.getId()));
        return view(takedown, order);
    }

    /**
     * Keeps the takedown in force only in {@code remaining} (leads and admins; the markets released
     * must be in their scope). The item shows again in the others at once.
     */
    @Transactional
    public TakedownView narrow(long takedownId, long expectedVersion, Set<String> remaining, @Nullable String reason) {
        return narrow(takedownId, expectedVersion, remaining, reason, null);
    }

    /** {@link #narrow(long, long, Set, String)} carrying out an appeal's outcome. */
    @Transactional
    public TakedownView narrow(long takedownId, long expectedVersion, Set<String> remaining, @Nullable String reason,
            @Nullable Long appealId) {
        SignedInStaff staff = currentStaff.require(LIFTERS);
        Takedown takedown = current(takedownId, expectedVersion);
        itemInScope(staff, takedown.getItemKind(), takedown.getItemId());
        String why = text(reason, "reason", Takedown.TEXT_MAX, "Give the reason for narrowing the takedown.");
        Set<String> released = new TreeSet<>(takedown.getMarkets());
        released.removeAll(remaining);
        requireScope(staff, takedown.isEverywhere() ? takedown.getMarkets() : released, "narrow");
        boolean everywhereBefore = takedown.isEverywhere();
        Set<String> before = takedown.getMarkets();
        takedown.narrow(Set.copyOf(remaining), staff.username(), clock.instant(), why);
        rehide(takedown);
        audit.record("TAKEDOWN_NARROWED", SUBJECT, takedown.getId(), singleMarket(takedown),
                "Narrowed takedown #" + takedown.getId() + " of " + label(takedown) + " from "
                        + (everywhereBefore ? "everywhere" : String.join(", ", new TreeSet<>(before))) + " to "
                        + takedown.scopeLabel() + ": " + why);
        flush("Takedown #" + takedownId, SUBJECT, takedownId);
        events.publishEvent(new TakedownChanged(takedown.getId(), takedown.getItemKind(), takedown.getItemId(),
                TakedownAction.NARROWED, everywhereBefore, before, takedown.getMarkets(), takedown.getGround(),
                takedown.getReasonCode(), why, staff.username(), clock.instant(), appealId));
        return view(takedown, null);
    }

    /** Lifts the takedown (leads and admins, for markets in their scope): the item shows again where no other holds it. */
    @Transactional
    public TakedownView lift(long takedownId, long expectedVersion, @Nullable String reason) {
        return lift(takedownId, expectedVersion, reason, null);
    }

    /** {@link #lift(long, long, String)} carrying out an appeal's outcome. */
    @Transactional
    public TakedownView lift(long takedownId, long expectedVersion, @Nullable String reason, @Nullable Long appealId) {
        SignedInStaff staff = currentStaff.require(LIFTERS);
        Takedown takedown = current(takedownId, expectedVersion);
        itemInScope(staff, takedown.getItemKind(), takedown.getItemId());
        String why = text(reason, "reason", Takedown.TEXT_MAX, "Give the reason for lifting the takedown.");
        requireScope(staff, takedown.getMarkets(), "lift");
        // after the checks a person fixes in the form, before anything changes
        recentSignIn.require("Lifting a takedown");
        boolean everywhereBefore = takedown.isEverywhere();
        takedown.lift(staff.username(), clock.instant(), why);
        rehide(takedown);
        audit.record("TAKEDOWN_LIFTED", SUBJECT, takedown.getId(), singleMarket(takedown),
                "Lifted takedown #" + takedown.getId() + " of " + label(takedown) + " (" + where(takedown) + "): " + why);
        flush("Takedown #" + takedownId, SUBJECT, takedownId);
        events.publishEvent(new TakedownChanged(takedown.getId(), takedown.getItemKind(), takedown.getItemId(),
                TakedownAction.LIFTED, everywhereBefore, takedown.getMarkets(), Set.of(), takedown.getGround(),
                takedown.getReasonCode(), why, staff.username(), clock.instant(), appealId));
        return view(takedown, null);
    }

    /**
     * One takedown, for the modules acting on it afterwards (appeals). No staff check: the member app
     * files appeals with no staff signed in; the calling module decides who may see what.
     */
    public java.util.Optional<TakedownView> decision(long takedownId) {
        return takedowns.findById(takedownId).map(t -> view(t, null));
    }

    /** The item's takedowns, newest first, each with its history; for everyone who sees the item. */
    public List<TakedownView> onItem(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(Role.values());
        itemInScope(staff, kind, itemId);
        List<Takedown> found = takedowns.findByItemKindAndItemIdOrderByIdDesc(kind, itemId);
        Map<Long, LegalOrder> byTakedown = ordersOf(found);
        return found.stream().map(t -> view(t, byTakedown.get(t.getId()))).toList();
    }

    /** The item's legal orders still open, earliest deadline first; for everyone who sees the item. */
    public List<LegalOrderView> openLegalOrdersOn(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(Role.values());
        itemInScope(staff, kind, itemId);
        return orders.findByItemKindAndItemIdAndStatus(kind, itemId, LegalOrderStatus.OPEN).stream()
                .sorted(java.util.Comparator.comparing(LegalOrder::getDeadline))
                .map(TakedownService::view).toList();
    }

    /** The item's rejected legal orders, latest closed first; for everyone who sees the item. */
    public List<LegalOrderView> rejectedLegalOrdersOn(ContentKind kind, long itemId) {
        SignedInStaff staff = currentStaff.require(Role.values());
        itemInScope(staff, kind, itemId);
        return orders.findByItemKindAndItemIdAndStatus(kind, itemId, LegalOrderStatus.REJECTED).stream()
                .sorted(java.util.Comparator.comparing(LegalOrder::getClosedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .map(TakedownService::view).toList();
    }

    /** Takedowns in the staff member's markets, newest first. */
    public List<TakedownView> find(TakedownFilter filter, int offset, int limit) {
        MarketScope scope = currentStaff.require(LIST_READERS).scope();
        TypedQuery<Takedown> query = em.createQuery("select t from Takedown t where " + where(filter, scope)
                + " order by t.decidedAt desc, t.id desc", Takedown.class);
        bind(query, filter, scope);
        List<Takedown> page = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, LegalOrder> byTakedown = ordersOf(page);
        return page.stream().map(t -> view(t, byTakedown.get(t.getId()))).toList();
    }

    public long count(TakedownFilter filter) {
        MarketScope scope = currentStaff.require(LIST_READERS).scope();
        TypedQuery<Long> query = em.createQuery("select count(t) from Takedown t where " + where(filter, scope), Long.class);
        bind(query, filter, scope);
        return query.getSingleResult();
    }

    /** Legal orders in the staff member's markets: open ones first, by deadline; then the closed, newest first. */
    public List<LegalOrderView> legalOrders(LegalOrderFilter filter, int offset, int limit) {
        MarketScope scope = currentStaff.require(LIST_READERS).scope();
        TypedQuery<LegalOrder> query = em.createQuery("select o from LegalOrder o where " + where(filter, scope)
                + " order by case when o.status = :open then 0 else 1 end, "
                + "case when o.status = :open then o.deadline end asc, o.receivedAt desc, o.id desc", LegalOrder.class);
        bind(query, filter, scope);
        query.setParameter("open", LegalOrderStatus.OPEN);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(TakedownService::view).toList();
    }

    public long countLegalOrders(LegalOrderFilter filter) {
        MarketScope scope = currentStaff.require(LIST_READERS).scope();
        TypedQuery<Long> query = em.createQuery("select count(o) from LegalOrder o where " + where(filter, scope),
                Long.class);
        bind(query, filter, scope);
        return query.getSingleResult();
    }

    /**
     * Records an authority's order before anyone acts on it. It shows with its countdown until a
     * takedown covering its markets fulfils it (any takedown of the item, or {@link #fulfil}), or staff
     * reject it.
     */
    @Transactional
    public LegalOrderView recordLegalOrder(ContentKind kind, long itemId, Set<String> markets, LegalOrderRequest request) {
        SignedInStaff staff = currentStaff.require(DECIDERS);
        ReviewFacts item = itemInScope(staff, kind, itemId);
        if (markets.isEmpty() || !item.markets().containsAll(markets)) {
            throw new InvalidTakedownException("markets", "Choose the markets the order names, among the item's: "
                    + String.join(", ", new TreeSet<>(item.markets())) + ".");
        }
        requireScope(staff, markets, "record orders for");
        Instant now = clock.instant();
        LegalOrder order = newOrder(request, kind, itemId, markets, staff, now);
        em.persist(order);
        audit.record("LEGAL_ORDER_RECORDED", ORDER_SUBJECT, order.getId(), markets.size() == 1 ? markets.iterator().next() : null,
                "Recorded order " + order.getReference() + " of " + order.getAuthority() + " against " + kind.label()
                        + " #" + itemId + " in " + String.join(", ", new TreeSet<>(markets)) + ", deadline "
                        + order.getDeadline());
        // already taken down there: the takedown in force fulfils it at once
        takedowns.findByItemKindAndItemIdAndStatus(kind, itemId, TakedownStatus.ACTIVE).stream()
                .filter(t -> t.isEverywhere() || t.getMarkets().containsAll(markets))
                .findFirst()
                .ifPresent(t -> fulfilled(order, t, now));
        return view(order);
    }

    /** Takes the item down as the open order asks (its markets), fulfilling it. */
    @Transactional
    public TakedownView fulfil(long orderId, long expectedVersion, @Nullable String reasonCode, @Nullable Ground ground,
            @Nullable String groundReference, @Nullable String explanation) {
        LegalOrder order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Legal order", orderId));
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Legal order " + order.getReference(), lastActor(ORDER_SUBJECT, orderId));
        }
        if (order.getStatus() != LegalOrderStatus.OPEN) {
            throw new InvalidTakedownException(null, "Legal order " + order.getReference() + " is "
                    + order.getStatus().label().toLowerCase(java.util.Locale.ROOT) + " already; nothing changed.");
        }
        // the takedown covers the order's markets, so it fulfils the order (see takeDown)
        TakedownView view = takeDown(new TakedownRequest(order.getItemKind(), order.getItemId(), false,
                order.getMarkets(), reasonCode, ground, groundReference, explanation, null));
        return view(em.find(Takedown.class, view.id()), order);
    }

    /** Rejects an open order (leads and admins), e.g. when it names content that is not illegal there. */
    @Transactional
    public LegalOrderView rejectLegalOrder(long orderId, long expectedVersion, @Nullable String note) {
        SignedInStaff staff = currentStaff.require(LIFTERS);
        LegalOrder order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Legal order", orderId));
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Legal order " + order.getReference(), lastActor(ORDER_SUBJECT, orderId));
        }
        itemInScope(staff, order.getItemKind(), order.getItemId());
        requireScope(staff, order.getMarkets(), "reject orders for");
        String why = text(note, "reason", Takedown.TEXT_MAX, "Give the reason for rejecting the order.");
        order.reject(clock.instant(), why);
        audit.record("LEGAL_ORDER_REJECTED", ORDER_SUBJECT, orderId, null,
                "Rejected order " + order.getReference() + " of " + order.getAuthority() + ": " + why);
        flush("Legal order " + order.getReference(), ORDER_SUBJECT, orderId);
        return view(order);
    }

    private void fulfilled(LegalOrder order, Takedown takedown, Instant now) {
        order.fulfil(takedown, now);
        audit.record("LEGAL_ORDER_FULFILLED", ORDER_SUBJECT, order.getId(), singleMarket(takedown),
                "Order " + order.getReference() + " of " + order.getAuthority() + " (received "
                        + order.getReceivedAt() + ", deadline " + order.getDeadline() + ") fulfilled by takedown #"
                        + takedown.getId() + (now.isAfter(order.getDeadline()) ? ", after the deadline" : ""));
    }

    // --- rules -----------------------------------------------------------------------------------

    private ReviewFacts itemInScope(SignedInStaff staff, ContentKind kind, long itemId) {
        ReviewFacts item = moderation.reviewFacts(kind, itemId);
        if (!staff.scope().includesAny(item.markets())) {
            throw new OutOfScopeException(kind.label(), itemId);
        }
        return item;
    }

    /** Where the takedown is to be in force, checked against the item's markets and the staff member's scope. */
    private static Set<String> scopeOf(SignedInStaff staff, TakedownRequest request, Set<String> itemMarkets) {
        String listed = String.join(", ", new TreeSet<>(itemMarkets));
        if (request.everywhere()) {
            boolean lead = staff.hasAny(LIFTERS);
            if (!lead && !itemMarkets.stream().allMatch(staff.scope()::includes)) {
                Set<String> outside = new TreeSet<>(itemMarkets);
                outside.removeIf(staff.scope()::includes);
                throw new InvalidTakedownException("markets", "Taking it down everywhere needs all its markets ("
                        + listed + ") in your scope; " + String.join(", ", outside)
                        + " are not. Choose markets, or ask a lead moderator.");
            }
            return Set.copyOf(itemMarkets);
        }
        if (request.markets().isEmpty()) {
            throw new InvalidTakedownException("markets", "Choose at least one market, or everywhere.");
        }
        Set<String> unlisted = new TreeSet<>(request.markets());
        unlisted.removeAll(itemMarkets);
        if (!unlisted.isEmpty()) {
            throw new InvalidTakedownException("markets", "It is not shown in " + String.join(", ", unlisted)
                    + "; it is listed in " + listed + ".");
        }
        Set<String> outside = new TreeSet<>(request.markets());
        outside.removeIf(staff.scope()::includes);
        if (!outside.isEmpty()) {
            throw new InvalidTakedownException("markets", String.join(", ", outside)
                    + (outside.size() == 1 ? " is" : " are") + " not in your markets (" + staff.scope() + ").");
        }
        return Set.copyOf(request.markets());
    }

    private static void requireNotCovered(List<Takedown> active, boolean everywhere, Set<String> markets) {
        for (Takedown t : active) {
            if (t.isEverywhere()) {
                throw new InvalidTakedownException("markets", "It is taken down everywhere already (takedown #"
                        + t.getId() + ").");
            }
        }
        Set<String> covered = active.stream().flatMap(t -> t.getMarkets().stream()).collect(Collectors.toSet());
        if (!everywhere && covered.containsAll(markets)) {
            throw new InvalidTakedownException("markets", "It is taken down in " + String.join(", ",
                    new TreeSet<>(markets)) + " already; see its takedowns below.");
        }
    }

    private static void requireScope(SignedInStaff staff, Set<String> markets, String verb) {
        Set<String> outside = new TreeSet<>(markets);
        outside.removeIf(staff.scope()::includes);
        if (!outside.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("You may not " + verb
                    + " takedowns in " + String.join(", ", outside) + ": outside your markets (" + staff.scope() + ")");
        }
    }

    private String reasonCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidTakedownException("reasonCode", "Choose a reason code.");
        }
        String stripped = code.strip();
        if (reasonCodes.activeFor(Disposition.REMOVE).stream().noneMatch(r -> r.code().equals(stripped))) {
            throw new InvalidTakedownException("reasonCode", "Reason code " + stripped
                    + " is unknown, out of use or not for removals; choose another.");
        }
        return stripped;
    }

    private LegalOrder newOrder(LegalOrderRequest request, ContentKind kind, long itemId, Set<String> markets,
            SignedInStaff staff, Instant now) {
        String authority = text(request.authority(), "authority", LegalOrder.AUTHORITY_MAX,
                "Name the authority that issued the order, e.g. Bundesamt für Justiz.");
        String reference = text(request.reference(), "reference", LegalOrder.REFERENCE_MAX,
                "Give the order's reference, as the authority wrote it.");
        Instant received = required(request.receivedAt(), "receivedAt", "When was the order received?");
        if (received.isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidTakedownException("receivedAt", "The order cannot have been received in the future.");
        }
        Instant deadline = request.deadline() == null ? received.plus(LegalOrder.DEFAULT_DEADLINE) : request.deadline();
        if (!deadline.isAfter(received)) {
            throw new InvalidTakedownException("deadline", "The deadline comes after the order was received.");
        }
        return new LegalOrder(authority, reference, received, deadline, kind, itemId, markets, staff.username());
    }

    private static <T> T required(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new InvalidTakedownException(field, message);
        }
        return value;
    }

    private static String text(@Nullable String value, String field, int max, String whenMissing) {
        return com.clipdesk.shared.RequiredText.of(value, max, whenMissing, message -> new InvalidTakedownException(field, message));
    }

    // --- effects ---------------------------------------------------------------------------------

    /** Content's blocks = the union of the item's active takedowns. */
    private void hide(ContentKind kind, long itemId, List<Takedown> active) {
        Set<String> blocks = new HashSet<>();
        active.forEach(t -> blocks.addAll(t.blocks()));
        moderation.hideIn(kind, itemId, blocks.contains(com.clipdesk.content.MarketBlocks.EVERYWHERE)
                ? Set.of(com.clipdesk.content.MarketBlocks.EVERYWHERE) : blocks);
    }

    private void rehide(Takedown changed) {
        List<Takedown> active = takedowns.findByItemKindAndItemIdAndStatus(changed.getItemKind(), changed.getItemId(),
                TakedownStatus.ACTIVE);
        active.removeIf(t -> t.getId().equals(changed.getId()));
        if (changed.getStatus() == TakedownStatus.ACTIVE) {
            active.add(changed);
        }
        hide(changed.getItemKind(), changed.getItemId(), active);
    }

    /** Writes now, so that a concurrent change surfaces as a conflict with a clear message, not at commit. */
    private void flush(String what, String subject, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException(what, lastActor(subject, id));
        }
    }

    private Takedown current(long id, long expectedVersion) {
        Takedown takedown = takedowns.findById(id).orElseThrow(() -> new NotFoundException("Takedown", id));
        if (takedown.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Takedown #" + id, lastActor(SUBJECT, id));
        }
        return takedown;
    }

    private String lastActor(String subject, Object id) {
        return audit.lastEventAbout(subject, id).map(e -> e.getActor()).orElse("another staff member");
    }

    // --- queries and views -----------------------------------------------------------------------

    private static String where(TakedownFilter filter, MarketScope scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!scope.allMarkets()) {
            where.append(" and exists (select 1 from Takedown s join s.markets sm where s = t and sm in :scope)");
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
        }
        if (filter.market() != null) {
            where.append(" and exists (select 1 from Takedown f join f.markets fm where f = t and fm = :market)");
        }
        if (filter.ground() != null) {
            where.append(" and t.ground = :ground");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, TakedownFilter filter, MarketScope scope) {
        if (!scope.allMarkets()) {
            query.setParameter("scope", scope.markets().isEmpty() ? Set.of("-") : scope.markets());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.market() != null) {
            query.setParameter("market", filter.market());
        }
        if (filter.ground() != null) {
            query.setParameter("ground", filter.ground());
        }
    }

    private String where(LegalOrderFilter filter, MarketScope scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!scope.allMarkets()) {
            where.append(" and exists (select 1 from LegalOrder s join s.markets sm where s = o and sm in :scope)");
        }
        if (filter.overdueOnly()) {
            where.append(" and o.status = :overdueStatus and o.deadline < :now");
        } else if (filter.status() != null) {
            where.append(" and o.status = :status");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, LegalOrderFilter filter, MarketScope scope) {
        if (!scope.allMarkets()) {
            query.setParameter("scope", scope.markets().isEmpty() ? Set.of("-") : scope.markets());
        }
        if (filter.overdueOnly()) {
            query.setParameter("overdueStatus", LegalOrderStatus.OPEN);
            query.setParameter("now", clock.instant());
        } else if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }

    private Map<Long, LegalOrder> ordersOf(List<Takedown> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, LegalOrder> byTakedown = new HashMap<>();
        for (LegalOrder order : orders.findByTakedownIn(found)) {
            byTakedown.put(order.getTakedown().getId(), order);
        }
        return byTakedown;
    }

    private TakedownView view(Takedown t, @Nullable LegalOrder order) {
        Map<String, String> labels = reasonLabels();
        return new TakedownView(t.getId(), t.getItemKind(), t.getItemId(), t.isEverywhere(), t.getMarkets(),
                t.scopeLabel(), t.getReasonCode(), labels.getOrDefault(t.getReasonCode(), t.getReasonCode()), t.getGround(),
                t.getGroundReference(), t.getExplanation(), t.getDecidedBy(), t.getDecidedAt(), t.getStatus(),
                t.getVersion(), t.getHistory().stream().map(TakedownHistory::line).toList(),
                order == null ? null : view(order));
    }

    private Map<String, String> reasonLabels() {
        return reasonCodes.labels();
    }

    static LegalOrderView view(LegalOrder o) {
        Takedown t = o.getTakedown();
        return new LegalOrderView(o.getId(), o.getAuthority(), o.getReference(), o.getReceivedAt(), o.getDeadline(),
                o.getItemKind(), o.getItemId(), o.getMarkets(), o.getStatus(), t == null ? null : t.getId(),
                o.getRecordedBy(), o.getClosedAt(), o.getClosedNote(), o.getVersion());
    }

    private static @Nullable String singleMarket(Takedown t) {
        return !t.isEverywhere() && t.getMarkets().size() == 1 ? t.getMarkets().iterator().next() : null;
    }

    private static String where(Takedown t) {
        return t.isEverywhere() ? "everywhere" : "in " + t.scopeLabel();
    }

    private static String label(Takedown t) {
        return t.getItemKind().label() + " #" + t.getItemId();
    }

}
