package com.clipdesk.feed;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the decision feed in order: what the pull API, the webhooks and the broker relay deliver. */
@Service
public class DecisionFeed {

    /** Most entries one read returns. */
    public static final int MAX_PAGE = 1000;
    /** Longest a long-polling read waits for a new entry. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    DecisionFeed(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Up to {@code limit} (at most {@link #MAX_PAGE}) committed entries with seq above {@code after}, in seq order. */
    @Transactional(readOnly = true)
    public List<FeedEntry> after(long after, int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        return jdbc.query("select seq, type, subject_kind, subject_id, external_id, market_code, occurred_at, payload"
                        + " from feed_entry where seq > ? order by seq limit " + size,
                (rs, row) -> new FeedEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(8)),
                after);
    }

    /** The seq of the newest committed entry (0 when the feed is empty). */
    @Transactional(readOnly = true)
    public long head() {
        Long last = jdbc.queryForObject("select last_seq from feed_head where id = 1", Long.class);
        return last == null ? 0 : last;
    }

    /** One page read now, in one transaction (no waiting). */
    public Page page(long after, int limit) {
        return readOnly.execute(s -> {
            List<FeedEntry> entries = after(after, limit);
            long next = entries.isEmpty() ? after : entries.getLast().seq();
            return new Page(entries, next, head());
        });
    }

    /** One read of the feed: entries in seq order, the cursor for the next read, the newest seq. */
    public record Page(List<FeedEntry> entries, long next, long head) {}
}
