package com.clipdesk.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a transaction's feed entries on its JDBC connection: locks the one-row {@code feed_head},
 * numbers the entries from the head on, renders each payload with its seq, inserts them in one batch
 * and moves the head. The lock is held until the caller commits (see {@link FeedOutbox}).
 */
final class FeedSeal {

    /** Version of the payload schema (docs/feed.md); a breaking change gets a new number. */
    static final int SCHEMA = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedSeal() {}

    /** A member notice of the transaction and the decision reference it quotes. */
    record Notice(@Nullable String reference, Map<String, @Nullable Object> body) {}

    static void seal(Connection c, List<FeedDraft> drafts, List<Notice> notices) throws SQLException {
        List<FeedDraft> entries = new ArrayList<>(drafts);
        for (Notice notice : notices) {
            FeedDraft owner = null;
            for (FeedDraft d : entries) {
                if (d.reference != null && d.reference.equals(notice.reference())) {
                    owner = d;
                }
            }
            if (owner == null) {
                owner = orphan(notice);
                entries.add(owner);
            }
            owner.notices.add(notice.body());
        }
        if (entries.isEmpty()) {
            return;
        }
        long seq;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select last_seq from feed_head where id = 1 for update")) {
            if (!rs.next()) {
                throw new IllegalStateException("feed_head has no row: the decision feed cannot continue");
            }
            seq = rs.getLong(1);
        }
        try (PreparedStatement insert = c.prepareStatement("insert into feed_entry (seq, type, subject_kind, subject_id,"
                + " external_id, market_code, occurred_at, payload) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FeedDraft d : entries) {
                seq++;
                insert.setLong(1, seq);
                insert.setString(2, d.type.wire());
                insert.setString(3, d.subjectKind);
                insert.setString(4, d.subjectId);
                insert.setString(5, d.externalId);
                insert.setString(6, d.singleMarket());
                insert.setObject(7, LocalDateTime.ofInstant(d.occurredAt, ZoneOffset.UTC));
                insert.setString(8, payload(d, seq));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("update feed_head set last_seq = ? where id = 1")) {
            head.setLong(1, seq);
            head.executeUpdate();
        }
    }

    /** The JSON consumers receive (docs/feed.md, "Payload"). */
    static String payload(FeedDraft d, long seq) {
        Map<String, @Nullable Object> subject = new LinkedHashMap<>();
        subject.put("kind", d.subjectKind);
        subject.put("id", d.subjectId);
        subject.put("externalId", d.externalId);
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("type", d.type.wire());
        json.put("seq", seq);
        json.put("occurredAt", d.occurredAt.toString());
        json.put("subject", subject);
        json.put("markets", d.markets);
        json.put("decision", d.decision);
        json.put("actor", Map.of("kind", d.actor.json()));
        json.put("notices", d.notices);
        return JSON.writeValueAsString(json);
    }

    @SuppressWarnings("unchecked")
    private static FeedDraft orphan(Notice notice) {
        Map<String, @Nullable Object> n = notice.body();
        Map<String, @Nullable Object> member = (Map<String, @Nullable Object>) n.get("member");
        FeedDraft d = new FeedDraft(FeedType.NOTICE_ISSUED, "MEMBER", member == null ? "" : member.get("id"),
                member == null ? null : (String) member.get("externalId"), java.util.Set.of(),
                java.time.Instant.parse(String.valueOf(n.get("issuedAt"))), FeedDraft.ActorKind.SYSTEM,
                notice.reference());
        return d.with("reference", notice.reference());
    }
}
