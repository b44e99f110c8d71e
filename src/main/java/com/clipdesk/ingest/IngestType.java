package com.clipdesk.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a line (or the single-item endpoint's path) pushes, by its wire name, with the fields it may
 * carry besides {@code type}, {@code externalId} and {@code version}. Any other field rejects the
 * line: a typo must not silently drop data (docs/ingest.md).
 */
public enum IngestType {
    MEMBER("member", ExternalKind.MEMBER, "handle", "homeMarket", "ageBand", "joinedAt"),
    MOMENT("moment", ExternalKind.MOMENT, "episodeId", "startSecond", "endSecond", "caption", "language", "creator",
            "markets", "createdAt"),
    SHARE_LINK("share-link", ExternalKind.SHARE_LINK, "moment", "token", "destination", "createdAt", "revokedAt"),
    FANDOM_SUBMISSION("fandom-submission", ExternalKind.FANDOM_SUBMISSION, "titleId", "kind", "body", "mediaRef",
            "language", "creator", "tags", "markets", "createdAt"),
    WATCH_PARTY("watch-party", ExternalKind.WATCH_PARTY, "episodeId", "host", "market", "startedAt"),
    WATCH_PARTY_MESSAGE("watch-party-message", ExternalKind.WATCH_PARTY_MESSAGE, "party", "author", "body", "language",
            "sentAt"),
    PRIVATE_RECOMMENDATION("private-recommendation", ExternalKind.PRIVATE_RECOMMENDATION, "sender", "recipient",
            "titleId", "message", "language", "market", "createdAt", "report"),
    REPORT("report", ExternalKind.REPORT, "subjectType", "subject", "reporter", "reason", "text", "market",
            "createdAt"),
    APPEAL("appeal", ExternalKind.APPEAL, "decision", "decisionId", "member", "statement", "receivedAt");

    /** Fields every line has. */
    public static final Set<String> ENVELOPE = Set.of("type", "externalId", "version");

    private final String wire;
    private final ExternalKind kind;
    private final Set<String> fields;

    IngestType(String wire, ExternalKind kind, String... fields) {
        this.wire = wire;
        this.kind = kind;
        this.fields = Set.of(fields);
    }

    public String wire() {
        return wire;
    }

    public ExternalKind kind() {
        return kind;
    }

    public boolean allows(String field) {
        return ENVELOPE.contains(field) || fields.contains(field);
    }

    public static Optional<IngestType> ofWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(IngestType::wire).toList());
    }
}
