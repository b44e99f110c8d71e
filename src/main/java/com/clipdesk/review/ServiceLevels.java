package com.clipdesk.review;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.report.ReportReason;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long cases may wait, per reason and market ({@code review_sla}). A market without its own
 * row uses the {@value ServiceLevel#ALL_MARKETS} row; a case in several markets gets the
 * strictest of them. Admins and leads change the hours; a change moves the deadlines of the
 * undecided cases it governs at once ({@link OpenCaseDeadlines}) and is audited.
 */
@Service
@Transactional(readOnly = true)
public class ServiceLevels {

    /** When no row at all matches (a reason added later): a day. */
    static final Duration FALLBACK = Duration.ofHours(24);
    static final Role[] EDITORS = {Role.ADMIN, Role.LEAD_MODERATOR};
    private static final String SUBJECT = "SERVICE_LEVEL";

    private final ServiceLevelRepository levels;
    private final CurrentStaff currentStaff;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final OpenCaseDeadlines deadlines;
    private final EntityManager entityManager;

    ServiceLevels(ServiceLevelRepository levels, CurrentStaff currentStaff, CatalogService catalog, AuditLog audit,
            OpenCaseDeadlines deadlines, EntityManager entityManager) {
        this.levels = levels;
        this.currentStaff = currentStaff;
        this.catalog = catalog;
        this.audit = audit;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
    }

    public List<ServiceLevelView> all() {
        currentStaff.require(Role.LEAD_MODERATOR, Role.ADMIN, Role.MODERATOR, Role.POLICY_ADMIN);
        return levels.findAllByOrderByKeyReasonAscKeyMarketCodeAsc().stream().map(ServiceLevelView::of).toList();
    }

    /** The markets an override can be set for, by code. */
    public List<MarketView> markets() {
        currentStaff.require(EDITORS);
        return catalog.markets();
    }

    /** The reasons a service level can be set for: every report reason, then pre-moderation. */
    public List<SlaReason> reasons() {
        List<SlaReason> reasons = new ArrayList<>();
        for (ReportReason r : ReportReason.values()) {
            reasons.add(new SlaReason(r.name(), r.label()));
        }
        reasons.add(new SlaReason(ServiceLevel.PRE_MODERATION, "Pre-moderation"));
        return reasons;
    }

    /**
     * Sets the hours of a reason in a market ({@value ServiceLevel#ALL_MARKETS}: the default).
     * {@code expectedVersion} is the version of the row the staff member saw, or null when they
     * saw none (adding a market override). Fails without saving on invalid input
     * ({@link InvalidSettingException}) or when someone changed the row meanwhile
     * ({@link ConcurrentEditException}). Undecided cases of the reason move to the new deadline.
     */
    @Transactional
    public ServiceLevelView set(String reason, String market, int hours, @Nullable Long expectedVersion) {
        currentStaff.require(EDITORS);
        ServiceLevel.Key key = new ServiceLevel.Key(knownReason(reason), knownMarket(market));
        if (hours < 1 || hours > ServiceLevel.MAX_HOURS) {
            throw new InvalidSettingException("hours", "Enter 1 to " + ServiceLevel.MAX_HOURS + " hours (30 days).");
        }
        ServiceLevel level = levels.findById(key).orElse(null);
        String before;
        if (level == null) {
            if (expectedVersion != null) {
                throw changedMeanwhile(key); // removed since they saw it
            }
            before = "default " + hoursOf(key.reason(), ServiceLevel.ALL_MARKETS);
            level = new ServiceLevel(key.reason(), key.marketCode(), hours);
            try {
                // persist, not save: save() would merge over a row someone added meanwhile
                entityManager.persist(level);
                entityManager.flush();
            } catch (DataIntegrityViolationException | PersistenceException e) {
                throw changedMeanwhile(key);
            }
        } else {
            if (expectedVersion == null || level.getVersion() != expectedVersion) {
                throw changedMeanwhile(key);
            }
            before = level.getHours() + " h";
            level.setHours(hours);
            flush(key);
        }
        int moved = deadlines.recompute(key.reason(), hoursByMarket(key.reason()));
        audit.record("SERVICE_LEVEL_SET", SUBJECT, subjectId(key), marketOf(key),
                "Service level of " + describe(key) + ": " + before + " → " + hours + " h; " + moved
                        + " undecided case(s) re-ranked");
        return ServiceLevelView.of(level);
    }

    /**
     * Removes a market's own hours for a reason, so the market follows the default again. The
     * default itself cannot be removed.
     */
    @Transactional
    public void removeOverride(String reason, String market, long expectedVersion) {
        currentStaff.require(EDITORS);
        ServiceLevel.Key key = new ServiceLevel.Key(knownReason(reason), knownMarket(market));
        if (key.marketCode().equals(ServiceLevel.ALL_MARKETS)) {
            throw new InvalidSettingException("market",
                    "The default of a reason cannot be removed; change its hours instead.");
        }
        ServiceLevel level = levels.findById(key).orElseThrow(() -> changedMeanwhile(key));
        if (level.getVersion() != expectedVersion) {
            throw changedMeanwhile(key);
        }
        int before = level.getHours();
        levels.delete(level);
        flush(key);
        int moved = deadlines.recompute(key.reason(), hoursByMarket(key.reason()));
        audit.record("SERVICE_LEVEL_OVERRIDE_REMOVED", SUBJECT, subjectId(key), marketOf(key),
                "Removed the override of " + describe(key) + " (" + before + " h); the market follows the default "
                        + hoursOf(key.reason(), ServiceLevel.ALL_MARKETS) + " again; " + moved
                        + " undecided case(s) re-ranked");
    }

    /** The strictest service level among the markets, for a report reason (null: pre-moderation). */
    Duration strictest(@Nullable ReportReason reason, Collection<String> markets) {
        String key = reason == null ? ServiceLevel.PRE_MODERATION : reason.name();
        return strictestOf(hoursByMarket(key), markets);
    }

    /** The strictest of the markets' hours, each market falling back to the "*" row. */
    static Duration strictestOf(Map<String, Integer> byMarket, Collection<String> markets) {
        Integer fallback = byMarket.get(ServiceLevel.ALL_MARKETS);
        int best = Integer.MAX_VALUE;
        for (String market : markets) {
            Integer hours = byMarket.getOrDefault(market, fallback);
            if (hours != null) {
                best = Math.min(best, hours);
            }
        }
        if (best == Integer.MAX_VALUE) {
            return fallback == null ? FALLBACK : Duration.ofHours(fallback);
        }
        return Duration.ofHours(best);
    }

    private Map<String, Integer> hoursByMarket(String reasonKey) {
        Map<String, Integer> byMarket = new HashMap<>();
        for (ServiceLevel level : levels.findAll()) {
            if (level.getReason().equals(reasonKey)) {
                byMarket.put(level.getMarketCode(), level.getHours());
            }
        }
        return byMarket;
    }

    private String hoursOf(String reason, String market) {
        return levels.findById(new ServiceLevel.Key(reason, market)).map(l -> l.getHours() + " h")
                .orElse(FALLBACK.toHours() + " h (built-in)");
    }

    private String knownReason(@Nullable String reason) {
        String key = reason == null ? "" : reason.strip();
        if (reasons().stream().noneMatch(r -> r.key().equals(key))) {
            throw new InvalidSettingException("reason", "Unknown reason “" + key + "”: use a report reason such as "
                    + "HATE, or PRE_MODERATION.");
        }
        return key;
    }

    private String knownMarket(@Nullable String market) {
        String code = market == null ? "" : market.strip();
        if (code.equals(ServiceLevel.ALL_MARKETS)) {
            return code;
        }
        if (catalog.markets().stream().noneMatch(m -> m.code().equals(code))) {
            throw new InvalidSettingException("market", code.isEmpty() ? "Choose a market."
                    : "Unknown market “" + code + "”: choose one of the markets, or * for the default.");
        }
        return code;
    }

    private void flush(ServiceLevel.Key key) {
        try {
            levels.flush();
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile(key);
        }
    }

    private ConcurrentEditException changedMeanwhile(ServiceLevel.Key key) {
        String by = audit.lastEventAbout(SUBJECT, subjectId(key)).map(e -> e.getActor()).orElse("another staff member");
        return new ConcurrentEditException("The service level of " + describe(key), by);
    }

    private static String subjectId(ServiceLevel.Key key) {
        return key.reason() + "/" + key.marketCode();
    }

    private static @Nullable String marketOf(ServiceLevel.Key key) {
        return key.marketCode().equals(ServiceLevel.ALL_MARKETS) ? null : key.marketCode();
    }

    private static String describe(ServiceLevel.Key key) {
        return key.reason() + (key.marketCode().equals(ServiceLevel.ALL_MARKETS) ? " (default)" : " in " + key.marketCode());
    }

    public record ServiceLevelView(String reason, String market, int hours, long version) {
        static ServiceLevelView of(ServiceLevel l) {
            return new ServiceLevelView(l.getReason(), l.getMarketCode(), l.getHours(), l.getVersion());
        }
    }

    /** A reason a service level is kept for: its key in {@code review_sla} and how screens name it. */
    public record SlaReason(String key, String label) {}
}
