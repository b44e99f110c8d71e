package com.clipdesk.demo;

import java.util.List;

/**
 * The tables the demo data fills, in foreign-key order: a parent comes before its children, so
 * flushing batches in this order never inserts a child before its parent.
 */
public enum DemoTable {
    MARKET("market", false, "code", "name", "locale", "time_zone", "version"),
    TITLE("title", true, "id", "name", "kind", "maturity_rating", "original_language", "release_year"),
    SEASON("season", true, "id", "title_id", "number", "name"),
    EPISODE("episode", true, "id", "season_id", "number", "name", "duration_s"),
    TITLE_RELEASE("title_release", true, "id", "episode_id", "market_code", "released_at"),
    MEMBER("member", true, "id", "handle", "home_market", "age_band", "joined_at"),
    MOMENT("moment", true, "id", "episode_id", "start_s", "end_s", "caption", "language", "creator_id",
            "created_at", "state", "share_count", "report_count", "version"),
    MOMENT_MARKET("moment_market", false, "moment_id", "market_code"),
    SHARE_LINK("share_link", true, "id", "moment_id", "token", "destination", "created_at", "revoked_at"),
    FANDOM_SUBMISSION("fandom_submission", true, "id", "title_id", "kind", "body", "media_ref", "language",
            "creator_id", "created_at", "state", "report_count", "version"),
    FANDOM_SUBMISSION_TAG("fandom_submission_tag", false, "submission_id", "tag"),
    FANDOM_SUBMISSION_MARKET("fandom_submission_market", false, "submission_id", "market_code"),
    PRIVATE_RECOMMENDATION("private_recommendation", true, "id", "sender_id", "recipient_id", "title_id",
            "message", "language", "market_code", "created_at", "state", "report_count", "version"),
    WATCH_PARTY("watch_party", true, "id", "episode_id", "host_id", "market_code", "started_at"),
    WATCH_PARTY_MESSAGE("watch_party_message", true, "id", "party_id", "author_id", "body", "language",
            "sent_at", "state", "report_count", "version"),
    REPORT("report", true, "id", "subject_kind", "subject_id", "reporter_id", "reason", "free_text",
            "market_code", "created_at", "status", "version");

    private final String tableName;
    private final boolean hasIdentity;
    private final List<String> columns;

    DemoTable(String tableName, boolean hasIdentity, String... columns) {
        this.tableName = tableName;
        this.hasIdentity = hasIdentity;
        this.columns = List.of(columns);
    }

    public String tableName() {
        return tableName;
    }

    /** True when the table has an auto-increment {@code id} that must continue after the demo ids. */
    public boolean hasIdentity() {
        return hasIdentity;
    }

    public List<String> columns() {
        return columns;
    }

    String insertSql() {
        return "insert into " + tableName + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.size() - 1) + "?)";
    }
}
