package com.clipdesk.delivery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits decision-feed entries as the feed's writer does (the reader contract): under the lock of
 * feed_head's row, consecutive seqs, head moved in the same transaction.
 */
final class FeedFixtures {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    FeedFixtures(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One entry; returns its seq. */
    long append(String type, @Nullable String market) {
        List<String[]> one = new ArrayList<>();
        one.add(new String[] {type, market});
        return appendAll(one).getFirst();
    }

    /** Entries {type, market} in one transaction; returns their seqs. */
    List<Long> appendAll(List<String[]> entries) {
        return transaction.execute(tx -> {
            long head = jdbc.sql("select last_seq from feed_head where id = 1 for update").query(Long.class).single();
            List<Long> seqs = new ArrayList<>();
            for (String[] e : entries) {
                long seq = ++head;
                String payload = "{\"seq\":" + seq + ",\"type\":\"" + e[0] + "\",\"market\":"
                        + (e[1] == null ? "null" : "\"" + e[1] + "\"") + ",\"note\":\"caf\u00e9 \u2713\"}";
                jdbc.sql("insert into feed_entry (seq, type, subject_kind, subject_id, external_id, market_code,"
                                + " occurred_at, payload) values (?, ?, 'MOMENT', ?, ?, ?, ?, ?)")
                        .params(seq, e[0], String.valueOf(seq), "ext-" + seq, e[1],
                                LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), payload)
                        .update();
                seqs.add(seq);
            }
            jdbc.sql("update feed_head set last_seq = ? where id = 1").param(head).update();
            return seqs;
        });
    }

    List<Long> append(int n, String type) {
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new String[] {type, "BR"});
        }
        return appendAll(entries);
    }
}
