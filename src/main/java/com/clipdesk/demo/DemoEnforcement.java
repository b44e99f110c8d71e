package com.clipdesk.demo;

import com.clipdesk.appeal.AppealChannel;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealRequest;
import com.clipdesk.appeal.AppealService;
import com.clipdesk.appeal.AppealView;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.content.ContentKind;
import com.clipdesk.staff.Role;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.LegalOrderRequest;
import com.clipdesk.takedown.TakedownRequest;
import com.clipdesk.takedown.TakedownService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Enforcement history for the demo, taken through the real services as the demo staff would: terms
 * takedowns that give one creator three strikes (and a restriction to decide), a German takedown on a
 * legal order, an open order counting down and an overdue one, a Brazilian takedown by the moderator,
 * and appeals (from the member app and by mail), two decided by someone other than the decider. So
 * the takedowns, appeals, DSA statements, member and item pages have something real to show; the
 * notices, strikes and statements come from the same events a real decision publishes.
 *
 * <p>Runs after the search index check ({@code @Order(110)}: a takedown indexes its item at once, and
 * an index that is not empty would pass for complete), once: when the database has demo data and no
 * takedown yet.
 */
@Component
@Order(110)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
class DemoEnforcement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEnforcement.class);

    /**
     * The tables enforcement writes to (through the services' events too), children first: what to
     * empty before the demo tables when demo data is removed (with the demo featured boards of
     * {@link DemoCuration}, which point at demo Moments, and the past decisions of {@link DemoReviewHistory}).
     */
    static final List<String> TABLES = List.of("curator_notice", "featured_slot", "featured_board", "member_notice", "member_restriction", "strike", "appeal_market",
            "appeal", "statement_of_reasons_market", "statement_of_reasons", "legal_order_market", "legal_order",
            "takedown_history", "takedown_market", "takedown", "moment_block", "fandom_submission_block",
            "watch_party_message_block", "review_decision", "review_case");

    private final JdbcClient jdbc;
    private final TakedownService takedowns;
    private final AppealService appeals;
    private final Clock clock;

    DemoEnforcement(JdbcClient jdbc, TakedownService takedowns, AppealService appeals, Clock clock) {
        this.jdbc = jdbc;
        this.takedowns = takedowns;
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoData = jdbc.sql("select count(*) from moment").query(Long.class).single() > 0;
        boolean untouched = jdbc.sql("select count(*) from takedown").query(Long.class).single() == 0
                && jdbc.sql("select count(*) from appeal").query(Long.class).single() == 0;
        if (!demoData || !untouched) {
            return;
        }
        long started = System.nanoTime();
        try {
            int decisions = enforce();
            log.info("Demo enforcement: {} takedowns, orders and appeals in {} ms", decisions,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the demo works without it; say why it is missing
            log.warn("Demo enforcement history not written: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int enforce() {
        int done = 0;
        Instant now = clock.instant();
        // one creator with several Moments in GB/FR: three terms takedowns, three strikes
        Long repeat = jdbc.sql("""
                select m.creator_id from moment m join moment_market mm on mm.moment_id = m.id
                where mm.market_code in ('GB', 'FR') and m.state = 'ACTIVE'
                group by m.creator_id having count(distinct m.id) >= 4 order by count(distinct m.id) desc, m.creator_id
                limit 1""").query(Long.class).optional().orElse(null);
        List<Long> repeated = repeat == null ? List.of() : jdbc.sql("""
                select distinct m.id from moment m join moment_market mm on mm.moment_id = m.id
                where m.creator_id = ? and mm.market_code in ('GB', 'FR') and m.state = 'ACTIVE' order by m.id limit 4""")
                .param(repeat).query(Long.class).list();
        List<Long> terms = new ArrayList<>();
        for (int i = 0; i < Math.min(3, repeated.size()); i++) {
            long item = repeated.get(i);
            terms.add(as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(new TakedownRequest(ContentKind.MOMENT,
                    item, true, Set.of(), "HARASSMENT", Ground.TERMS, "ToS 4.2 Harassment",
                    "The caption mocks another member by name, again after two warnings in chat.", null)).id()));
            done++;
        }

        // Germany: a removal order of the Federal Office of Justice, fulfilled by a DE-only takedown
        List<Long> german = moments("DE", 3);
        if (!german.isEmpty()) {
            as("lead", Role.LEAD_MODERATOR, () -> takedowns.takeDown(new TakedownRequest(ContentKind.MOMENT,
                    german.getFirst(), false, Set.of("DE"), "HATE_SPEECH", Ground.ILLEGAL, "StGB § 130 (DE)",
                    "The caption incites hatred against a group; the Bundesamt für Justiz ordered its removal in Germany.",
                    new LegalOrderRequest("Bundesamt für Justiz", "BfJ-NetzDG-2026-0412", now.minus(Duration.ofMinutes(38)),
                            null))).id());
            done++;
        }
        if (german.size() > 1) {
            as("lead", Role.LEAD_MODERATOR, () -> takedowns.recordLegalOrder(ContentKind.MOMENT, german.get(1),
                    Set.of("DE"), new LegalOrderRequest("Bundesamt für Justiz", "BfJ-NetzDG-2026-0419",
                            now.minus(Duration.ofMinutes(17)), null)));
            done++;
        }
        List<Long> french = moments("FR", 2);
        if (!french.isEmpty()) {
            as("lead", Role.LEAD_MODERATOR, () -> takedowns.recordLegalOrder(ContentKind.MOMENT, french.getFirst(),
                    Set.of("FR"), new LegalOrderRequest("Arcom", "ARCOM-2026-1187", now.minus(Duration.ofHours(3)),
                            now.minus(Duration.ofHours(2)))));
            done++;
        }

        // Brazil: the moderator takes a spam clip down in one of their markets
        List<Long> brazilian = moments("BR", 2);
        Long spam = brazilian.isEmpty() ? null : as("moderator", Role.MODERATOR, () -> takedowns.takeDown(
                new TakedownRequest(ContentKind.MOMENT, brazilian.getFirst(), false, Set.of("BR"), "SPAM", Ground.TERMS,
                        "ToS 6.1 Spam and scams", "The caption advertises a paid streaming site.", null)).id());
        if (spam != null) {
            done++;
        }

        // appeals: from the member app, and one received by mail; someone other than the decider decides two
        List<AppealView> filed = new ArrayList<>();
        String handle = repeat == null ? "" : jdbc.sql("select handle from member where id = ?").param(repeat)
                .query(String.class).single();
        for (int i = 0; i < terms.size(); i++) {
            long takedown = terms.get(i);
            if (i == 2) {
                filed.add(as("moderator", Role.MODERATOR, () -> appeals.record(new AppealRequest(
                        AppealedDecision.TAKEDOWN, takedown, null, AppealChannel.EMAIL,
                        "I was quoting a line from the episode, not talking about anyone here.", null))));
            } else {
                filed.add(appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, takedown, handle, null,
                        i == 0 ? "This is a running joke between friends; nobody was hurt."
                                : "The name in the caption is the character's, not a member's.", null)));
            }
            done++;
        }
        if (spam != null) {
            String author = jdbc.sql("select m.handle from member m join moment o on o.creator_id = m.id where o.id = ?")
                    .param(brazilian.getFirst()).query(String.class).single();
            appeals.fileFromApp(new AppealRequest(AppealedDecision.TAKEDOWN, spam, author, null,
                    "É o trailer oficial, não propaganda. / It is the official trailer, not an ad.", null));
            done++;
        }
        if (filed.size() > 1) {
            AppealView second = filed.get(1);
            as("admin", Role.ADMIN, () -> appeals.decide(second.id(), second.version(), AppealOutcome.OVERTURNED,
                    Set.of(), "The name is the character's; the clip does not target a member."));
            AppealView first = filed.getFirst();
            as("admin", Role.ADMIN, () -> appeals.decide(first.id(), first.version(), AppealOutcome.UPHELD, Set.of(),
                    "The caption names a member who reported being harassed."));
            done += 2;
        }
        return done;
    }

    /** Active Moments listed in the market, oldest first. */
    private List<Long> moments(String market, int count) {
        return jdbc.sql("""
                select m.id from moment m join moment_market mm on mm.moment_id = m.id
                where mm.market_code = ? and m.state = 'ACTIVE' order by m.id limit ?""")
                .param(market).param(count + 5).query(Long.class).list().stream()
                .filter(id -> jdbc.sql("select count(*) from takedown where item_kind = 'MOMENT' and item_id = ?")
                        .param(id).query(Long.class).single() == 0)
                .limit(count).toList();
    }

    private static <T> T as(String username, Role role, Supplier<T> action) {
        return DemoStaff.as(username, role, action);
    }
}
