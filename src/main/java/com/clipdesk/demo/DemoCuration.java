package com.clipdesk.demo;

import com.clipdesk.content.ContentKind;
import com.clipdesk.curation.BoardKey;
import com.clipdesk.curation.BoardView;
import com.clipdesk.curation.CurationService;
import com.clipdesk.curation.Surface;
import com.clipdesk.staff.Role;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Featured boards for the demo, through the real curation service: a published home row in FR, DE, GB
 * (by the curator) and US (by the admin) with the most shared eligible Moments there, one scheduled for
 * tomorrow; a published title page in FR and DE for the two most clipped titles there; then a takedown in FR of one featured Moment, so the FR board shows the notice and the
 * audit log the withdrawal. Runs once, after the demo enforcement ({@code @Order(120)}), when the
 * database has demo data and no board yet.
 */
@Component
@Order(120)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
class DemoCuration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCuration.class);
    private static final int PER_BOARD = 6;

    private final JdbcClient jdbc;
    private final CurationService curation;
    private final TakedownService takedowns;
    private final Clock clock;

    DemoCuration(JdbcClient jdbc, CurationService curation, TakedownService takedowns, Clock clock) {
        this.jdbc = jdbc;
        this.curation = curation;
        this.takedowns = takedowns;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoData = jdbc.sql("select count(*) from moment").query(Long.class).single() > 0;
        boolean untouched = jdbc.sql("select count(*) from featured_board").query(Long.class).single() == 0;
        if (!demoData || !untouched) {
            return;
        }
        long started = System.nanoTime();
        try {
            int boards = 0;
            Long withdrawn = null;
            for (String market : List.of("FR", "DE", "GB", "US")) {
                boolean curator = !market.equals("US");
                List<Long> featured = as(curator ? "curator" : "admin", curator ? Role.CURATOR : Role.ADMIN,
                        () -> publish(market));
                if (!featured.isEmpty()) {
                    boards++;
                }
                if (market.equals("FR") && featured.size() > 2) {
                    withdrawn = featured.get(2);
                }
            }
            for (String market : List.of("FR", "DE")) {
                boards += as("curator", Role.CURATOR, () -> publishTitlePages(market));
            }
            if (withdrawn != null) {
                long item = withdrawn;
                as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(new TakedownRequest(ContentKind.MOMENT, item,
                        false, Set.of("FR"), "COPYRIGHT", Ground.ILLEGAL, "CPI L.336-2 (FR)",
                        "The rights holder's notice covers this clip's soundtrack in France.", null)).id());
            }
            log.info("Demo curation: {} published boards in {} ms", boards, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the demo works without it; say why it is missing
            log.warn("Demo featured boards not written: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Adds the market's most shared eligible Moments to its home row and publishes it; their ids in order. */
    private List<Long> publish(String market) {
        List<Long> candidates = jdbc.sql("""
                select m.id from moment m join moment_market mm on mm.moment_id = m.id and mm.market_code = ?
                where m.state = 'ACTIVE'
                  and not exists (select 1 from moment_block b where b.moment_id = m.id and b.market_code in (?, '*'))
                  and not exists (select 1 from moment_hold h where h.moment_id = m.id and h.market_code = ?)
                order by m.share_count desc, m.id limit 40""").param(market).param(market).param(market)
                .query(Long.class).list();
        List<Long> featured = new ArrayList<>();
        BoardView board = null;
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        for (long id : candidates) {
            if (featured.size() == PER_BOARD) {
                break;
            }
            if (curation.refusal(id, market) != null) {
                continue;
            }
            boolean later = featured.size() == PER_BOARD - 1;
            board = curation.add(BoardKey.homeRow(market), board == null ? null : board.version(), id,
                    later ? tomorrow : null, null);
            featured.add(id);
        }
        if (board != null) {
            curation.publish(BoardKey.homeRow(market), java.util.Objects.requireNonNull(board.version()));
        }
        return featured;
    }

    /** The market's two titles with the most eligible Moments get a title page of their most shared ones. */
    private int publishTitlePages(String market) {
        List<Long> titles = jdbc.sql("""
                select s.title_id from moment m join moment_market mm on mm.moment_id = m.id and mm.market_code = ?
                join episode e on e.id = m.episode_id join season s on s.id = e.season_id
                where m.state = 'ACTIVE'
                group by s.title_id order by count(*) desc, s.title_id limit 2""").param(market).query(Long.class).list();
        int published = 0;
        for (long title : titles) {
            List<Long> candidates = jdbc.sql("""
                    select m.id from moment m join moment_market mm on mm.moment_id = m.id and mm.market_code = ?
                    join episode e on e.id = m.episode_id join season s on s.id = e.season_id
                    where m.state = 'ACTIVE' and s.title_id = ?
                    order by m.share_count desc, m.id limit 40""").param(market).param(title).query(Long.class).list();
            BoardKey key = BoardKey.titlePage(market, title);
            BoardView board = null;
            for (long id : candidates) {
                if (board != null && board.draft().size() == PER_BOARD - 2) {
                    break;
                }
                if (curation.refusal(id, key) == null) {
                    board = curation.add(key, board == null ? null : board.version(), id, null, null);
                }
            }
            if (board != null) {
                curation.publish(key, java.util.Objects.requireNonNull(board.version()));
                published++;
            }
        }
        return published;
    }

    private static <T> T as(String username, Role role, Supplier<T> action) {
        return DemoStaff.as(username, role, action);
    }
}
