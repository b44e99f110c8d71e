package com.clipdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an audit event in the hash chain, version 1, and its SHA-256.
 *
 * <p>The form is a byte string: the tag {@code clipdesk-audit-v1}, then, in this fixed order, seq, the
 * previous event's hash, id, occurred_at, actor, action, subject_kind, subject_id, market_code and
 * summary. Each field is written as {@code <length>:<UTF-8 bytes>;} (length in bytes, decimal) or
 * {@code ~;} when null, so no value can shift a field boundary or pass for a null. Instants are UTC,
 * ISO-8601 with exactly six fractional digits (what the database keeps). The hash is lower-case hex.
 * A later version would get its own tag and a column saying which version sealed each row.
 */
public final class AuditChainHash {

    /** The "previous hash" of the first event (seq 1). */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION_TAG = "clipdesk-audit-v1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChainHash() {}

    /** The fields of an event as stored, the chain position and the link to its predecessor. */
    public record Sealed(long seq, String prevHash, long id, Instant occurredAt, String actor, String action,
            @Nullable String subjectKind, @Nullable String subjectId, @Nullable String marketCode,
            String summary) {}

    public static String hash(Sealed e) {
        return HexFormat.of().formatHex(sha256(canonical(e)));
    }

    /** The bytes the hash is computed over (documented above; tested for boundary shifting). */
    static byte[] canonical(Sealed e) {
        var out = new StringBuilder(256 + e.summary().length()).append(VERSION_TAG).append('\n');
        field(out, Long.toString(e.seq()));
        field(out, e.prevHash());
        field(out, Long.toString(e.id()));
        field(out, INSTANT.format(e.occurredAt().truncatedTo(ChronoUnit.MICROS)));
        field(out, e.actor());
        field(out, e.action());
        field(out, e.subjectKind());
        field(out, e.subjectId());
        field(out, e.marketCode());
        field(out, e.summary());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("~;");
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
