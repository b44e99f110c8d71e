package com.clipdesk.demo;

import com.clipdesk.dashboard.RollupBackfill;
import com.clipdesk.report.ReportReason;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review history for the demo dashboards: the demo's reports that are closed (on Moments reported in
 * the last 90 days) get the closed case and the decision that closed them, at a plausible time after
 * the last report (minutes to days), as if the team had worked them: removed Moments by a removal with
 * the report's reason, the others kept. Written as rows, not through the review service (whose clock
 * would date every decision now); so these decisions have no statement of reasons or audit event.
 * The dashboards' rollups are then rebuilt from them. Runs once, after the curation demo, when the
 * database has demo Moments and no decision yet.
 */
@Component
@Order(130)
@ConditionalOnBooleanProperty("clipdesk.demo.enabled")
class DemoReviewHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewHistory.class);
    private static final int MAX_CASES = 4000;
    private static final String[] DECIDERS = {"moderator", "Mariana Costa", "lead", "Lucas Meyer"};

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoReviewHistory(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private static final class Subject {
        final long id;
        final String state;
        final String caption;
        final String author;
        final long creatorId;
        final Set<String> markets = new TreeSet<>();
        Instant first;
        Instant last;
        ReportReason top;
        int reports;

        Subject(long id, String state, String caption, String author, long creatorId, Instant at, ReportReason reason) {
            this.id = id;
            this.state = state;
            this.caption = caption;
            this.author = author;
            this.creatorId = creatorId;
            this.first = at;
            this.last = at;
            this.top = reason;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoData = jdbc.sql("select count(*) from moment").query(Long.class).single() > 0;
        boolean noDecisions = jdbc.sql("select count(*) from review_decision").query(Long.class).single() == 0;
        if (!demoData || !noDecisions) {
            return;
        }
        try {
            int written = transaction.execute(status -> write());
            log.info("Demo review history: {} decided cases over 90 days; dashboard rollups rebuilt", written);
        } catch (RuntimeException e) {
            log.warn("Demo review history not written: {}", e.toString());
        }
    }

    private int write() {
        Instant now = clock.instant();
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        jdbc.sql("""
                select m.id, m.state, m.caption, b.handle, m.creator_id, r.created_at, r.reason, r.market_code
                from report r join moment m on m.id = r.subject_id join member b on b.id = m.creator_id
                where r.subject_kind = 'MOMENT' and r.status = 'CLOSED' and r.created_at >= ?
                and not exists (select 1 from review_case c where c.subject_kind = 'MOMENT' and c.subject_id = m.id)
                order by m.id""").param(now.minus(Duration.ofDays(89)))
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    Instant at = rs.getObject(6, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                    ReportReason reason = ReportReason.valueOf(rs.getString(7));
                    if (!subjects.containsKey(id) && subjects.size() >= MAX_CASES) {
                        return null;
                    }
                    Subject s = subjects.computeIfAbsent(id, k -> {
                        try {
                            return new Subject(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), at,
                                    reason);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    s.markets.add(rs.getString(8));
                    s.reports++;
                    s.first = s.first.isBefore(at) ? s.first : at;
                    s.last = s.last.isAfter(at) ? s.last : at;
                    if (reason.severity() < s.top.severity()) {
                        s.top = reason;
                    }
                    return null;
                }).list();
        Random random = new Random(10);
        int written = 0;
        for (Subject s : subjects.values()) {
            // log-normal wait around four hours: most the same day, some over several days
            long wait = (long) (4 * 3600 * Math.exp(random.nextGaussian() * 1.3));
            Instant decided = s.last.plusSeconds(Math.max(60, wait));
            if (decided.isAfter(now)) {
                continue;
            }
            boolean removed = "REMOVED".equals(s.state);
            String reason = removed ? reasonCode(s.top) : random.nextInt(4) == 0 ? "CONTEXT_ALLOWED" : "NO_VIOLATION";
            int decider = random.nextInt(4) == 0 ? 2 : 0;
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into review_case (subject_kind, subject_id, origin, status, creator_id, markets, top_reason,
                    severity, report_count, reporter_count, share_count, first_reported_at, last_reported_at, opened_at,
                    due_at, rank_at, closed_at, outcome, snapshot_at, snapshot_context, snapshot_text, snapshot_author,
                    snapshot_state, version)
                    values ('MOMENT', ?, 'REPORTS', 'CLOSED', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'Moment', ?, ?,
                    'ACTIVE', 1)""")
                    .params(s.id, s.creatorId, String.join(",", s.markets), s.top.name(), s.top.severity(), s.reports,
                            s.reports, at(s.first), at(s.last), at(s.first), at(s.first.plus(Duration.ofHours(24))),
                            at(s.first.plus(Duration.ofHours(24))), at(decided), removed ? "REMOVE" : "KEEP", at(s.first),
                            clip(s.caption, 4000), clip(s.author, 40))
                    .update(key, "id");
            long caseId = key.getKey().longValue();
            jdbc.sql("""
                    insert into review_decision (case_id, subject_kind, subject_id, creator_id, disposition, mark_spoiler,
                    reason_code, note, decided_by, decided_by_name, decided_at, bulk)
                    values (?, 'MOMENT', ?, ?, ?, 0, ?, null, ?, ?, ?, 0)""")
                    .params(caseId, s.id, s.creatorId, removed ? "REMOVE" : "KEEP", reason, DECIDERS[decider],
                            DECIDERS[decider + 1], at(decided))
                    .update();
            written++;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            RollupBackfill.rebuild(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Rollups not rebuilt", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return written;
    }

    private static String reasonCode(ReportReason reason) {
        return switch (reason) {
            case CHILD_SAFETY -> "CHILD_SAFETY";
            case VIOLENT_THREAT -> "VIOLENT_THREAT";
            case SELF_HARM -> "SELF_HARM";
            case HATE -> "HATE_SPEECH";
            case HARASSMENT -> "HARASSMENT";
            case SEXUAL_CONTENT -> "SEXUAL_CONTENT";
            case MISINFORMATION -> "MISINFORMATION";
            case COPYRIGHT -> "COPYRIGHT";
            case SPOILER -> "SPOILER_UNMARKED";
            case SPAM, OTHER -> "SPAM";
        };
    }

    private static java.time.LocalDateTime at(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
