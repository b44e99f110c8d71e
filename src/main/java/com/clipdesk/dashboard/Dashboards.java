package com.clipdesk.dashboard;

import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.dashboard.DashboardFigures.AppealCounts;
import com.clipdesk.dashboard.DashboardFigures.DailyCounts;
import com.clipdesk.dashboard.DashboardFigures.FeaturedShares;
import com.clipdesk.dashboard.DashboardFigures.LatencyDay;
import com.clipdesk.dashboard.DashboardFigures.Series;
import com.clipdesk.review.QueueSummary;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.ReviewQueues;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.CurrentStaff;
import com.clipdesk.staff.Role;
import com.clipdesk.staff.SignedInStaff;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures, read from the daily rollups (a few rows per day and market) and, for the
 * backlog, from the queue index; scoped to the staff member's markets. {@code market} null means every
 * market of the scope: the '*' rows for staff of every market (each decision once), else the sum of
 * the scope's market rows (a decision on an item in two of them counts in both).
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    static final Role[] LEADS = {Role.LEAD_MODERATOR, Role.ADMIN};
    static final Role[] CURATORS = {Role.CURATOR, Role.ADMIN};
    /** Reason codes drawn on their own; the rest are added up as "Other reasons". */
    static final int REASONS_SHOWN = 7;

    private final JdbcClient jdbc;
    private final ReviewQueues queues;
    private final ReasonCodes reasonCodes;
    private final CatalogService catalog;
    private final CurationService curation;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    Dashboards(JdbcClient jdbc, ReviewQueues queues, ReasonCodes reasonCodes, CatalogService catalog,
            CurationService curation, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.queues = queues;
        this.reasonCodes = reasonCodes;
        this.catalog = catalog;
        this.curation = curation;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public boolean showsReview() {
        return currentStaff.get().hasAny(LEADS);
    }

    public boolean showsCuration() {
        return currentStaff.get().hasAny(CURATORS);
    }

    /** The markets the lead may filter by (their scope). */
    public List<MarketView> markets() {
        SignedInStaff staff = currentStaff.require(LEADS);
        return catalog.markets().stream().filter(m -> staff.scope().includes(m.code())).toList();
    }

    /** Open cases and those past their service level, per queue and market (live, from the queue index). */
    public List<QueueSummary> backlog() {
        currentStaff.require(LEADS);
        return queues.summaries();
    }

    /** Decisions per day of the last {@code days} days (today included), stacked by reason code. */
    public DailyCounts decisionsByReason(@Nullable String market, int days) {
        List<String> codes = rowsFor(currentStaff.require(LEADS), market);
        LocalDate from = firstDay(days);
        Map<String, long[]> byReason = new LinkedHashMap<>();
        jdbc.sql("select decided_on, reason_code, sum(decisions) from decision_daily where market_code in (:m)"
                        + " and decided_on >= :from group by decided_on, reason_code")
                .param("m", codes).param("from", from)
                .query((rs, i) -> {
                    byReason.computeIfAbsent(rs.getString(2), k -> new long[days])[index(from, rs, days)] += rs.getLong(3);
                    return null;
                }).list();
        Map<String, String> labels = reasonCodes.labels();
        return top(from, days, byReason, labels, "Other reasons");
    }

    /** Decisions per day and market of the scope (a decision on an item in two markets counts in both). */
    public DailyCounts decisionsByMarket(@Nullable String market, int days) {
        SignedInStaff staff = currentStaff.require(LEADS);
        List<String> codes = market != null ? rowsFor(staff, market) : scopeMarkets(staff);
        LocalDate from = firstDay(days);
        Map<String, long[]> byMarket = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("select decided_on, market_code, sum(decisions) from decision_daily where market_code in (:m)"
                            + " and decided_on >= :from group by decided_on, market_code")
                    .param("m", codes).param("from", from)
                    .query((rs, i) -> {
                        byMarket.computeIfAbsent(rs.getString(2), k -> new long[days])[index(from, rs, days)] += rs.getLong(3);
                        return null;
                    }).list();
        }
        return top(from, days, byMarket, Map.of(), "Other markets");
    }

    /** Median and p90 time from a case's opening to the decision that closed it, per day. */
    public List<LatencyDay> timeToDecision(@Nullable String market, int days) {
        List<String> codes = rowsFor(currentStaff.require(LEADS), market);
        LocalDate from = firstDay(days);
        long[][] counts = new long[days][LatencyBuckets.LAST + 1];
        jdbc.sql("select decided_on, bucket, sum(decisions) from decision_latency_daily where market_code in (:m)"
                        + " and decided_on >= :from group by decided_on, bucket")
                .param("m", codes).param("from", from)
                .query((rs, i) -> {
                    counts[index(from, rs, days)][Math.min(LatencyBuckets.LAST, Math.max(0, rs.getInt(2)))] += rs.getLong(3);
                    return null;
                }).list();
        List<LatencyDay> result = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            long n = 0;
            for (long c : counts[d]) {
                n += c;
            }
            result.add(new LatencyDay(from.plusDays(d), n, LatencyBuckets.quantile(counts[d], 0.5),
                    LatencyBuckets.quantile(counts[d], 0.9)));
        }
        return result;
    }

    /** Decided appeals per week (weeks start on Monday, UTC) over the last {@code weeks} weeks, oldest first. */
    public List<AppealCounts> appealsByWeek(@Nullable String market, int weeks) {
        List<String> codes = rowsFor(currentStaff.require(LEADS), market);
        LocalDate firstWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Map<LocalDate, long[]> byWeek = new TreeMap<>();
        for (int w = 0; w < weeks; w++) {
            byWeek.put(firstWeek.plusWeeks(w), new long[3]);
        }
        jdbc.sql("select decided_on, outcome, sum(appeals) from appeal_daily where market_code in (:m)"
                        + " and decided_on >= :from group by decided_on, outcome")
                .param("m", codes).param("from", firstWeek)
                .query((rs, i) -> {
                    LocalDate week = rs.getObject(1, LocalDate.class).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    add(byWeek.get(week), rs.getString(2), rs.getLong(3));
                    return null;
                }).list();
        return byWeek.entrySet().stream().map(e -> counts(e.getKey().toString(), e.getValue())).toList();
    }

    /** Decided appeals per market of the scope since {@code weeks} weeks (where the appealed decision applied). */
    public List<AppealCounts> appealsByMarket(int weeks) {
        List<String> codes = scopeMarkets(currentStaff.require(LEADS));
        LocalDate from = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Map<String, long[]> byMarket = new TreeMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("select market_code, outcome, sum(appeals) from appeal_daily where market_code in (:m)"
                            + " and decided_on >= :from group by market_code, outcome")
                    .param("m", codes).param("from", from)
                    .query((rs, i) -> {
                        add(byMarket.computeIfAbsent(rs.getString(1), k -> new long[3]), rs.getString(2), rs.getLong(3));
                        return null;
                    }).list();
        }
        return byMarket.entrySet().stream().map(e -> counts(e.getKey(), e.getValue())).toList();
    }

    /**
     * The published featured Moments of every board in the curator's markets with their share counts now,
     * most shared first per board. (Shares are a running total on the Moment; no history of it is kept, so
     * shares gained since featuring cannot be told apart.)
     */
    public List<FeaturedShares> featuredShares() {
        currentStaff.require(CURATORS);
        List<FeaturedShares> rows = new ArrayList<>();
        for (MarketView market : curation.markets()) {
            List<BoardKey> boards = new ArrayList<>();
            boards.add(BoardKey.homeRow(market.code()));
            curation.titlePages(market.code()).forEach(page -> boards.add(BoardKey.titlePage(market.code(), page.titleId())));
            for (BoardKey key : boards) {
                BoardView board = curation.board(key);
                // a title page's Moments are all of its title, which each row names anyway
                String where = key.surface().label();
                board.published().stream()
                        .sorted(Comparator.comparingInt(BoardView.SlotView::shareCount).reversed())
                        .map(s -> new FeaturedShares(market.code(), where, s.momentId(), s.titleName(),
                                s.caption(), s.shareCount(), s.startsAt() != null ? s.startsAt() : s.addedAt(),
                                s.liveNow()))
                        .forEach(rows::add);
            }
        }
        return rows;
    }

    private static void add(long[] counts, String outcome, long n) {
        switch (outcome) {
            case "UPHELD" -> counts[0] += n;
            case "OVERTURNED" -> counts[1] += n;
            case "MODIFIED" -> counts[2] += n;
            default -> { }
        }
    }

    private static AppealCounts counts(String label, long[] c) {
        return new AppealCounts(label, c[0] + c[1] + c[2], c[1], c[2]);
    }

    /** The rollup rows to add up for a market filter: the market's, the '*' rows, or the scope's markets. */
    private List<String> rowsFor(SignedInStaff staff, @Nullable String market) {
        if (market != null) {
            if (!staff.scope().includes(market)) {
                throw new OutOfScopeException("Market", market);
            }
            return List.of(market);
        }
        if (staff.scope().allMarkets()) {
            return List.of(Rollups.ALL);
        }
        List<String> codes = scopeMarkets(staff);
        // "in ()" is not SQL: a scope without markets reads a code no row has
        return codes.isEmpty() ? List.of("-") : codes;
    }

    private List<String> scopeMarkets(SignedInStaff staff) {
        return catalog.markets().stream().map(MarketView::code).filter(staff.scope()::includes).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private LocalDate firstDay(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("A period of 1 to 366 days, not " + days);
        }
        return today().minusDays(days - 1L);
    }

    private static int index(LocalDate from, java.sql.ResultSet rs, int days) throws java.sql.SQLException {
        int i = (int) java.time.temporal.ChronoUnit.DAYS.between(from, rs.getObject(1, LocalDate.class));
        return Math.max(0, Math.min(days - 1, i));
    }

    private static DailyCounts top(LocalDate from, int days, Map<String, long[]> byKey, Map<String, String> labels,
            String otherLabel) {
        List<Series> all = byKey.entrySet().stream()
                .map(e -> new Series(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::key))
                .toList();
        List<Series> shown = new ArrayList<>(all.subList(0, Math.min(REASONS_SHOWN, all.size())));
        if (all.size() > REASONS_SHOWN) {
            long[] rest = new long[days];
            for (Series s : all.subList(REASONS_SHOWN, all.size())) {
                for (int d = 0; d < days; d++) {
                    rest[d] += s.values()[d];
                }
            }
            shown.add(new Series("", otherLabel + " (" + (all.size() - REASONS_SHOWN) + ")", rest));
        }
        List<LocalDate> dayList = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            dayList.add(from.plusDays(d));
        }
        return new DailyCounts(dayList, shown);
    }
}
