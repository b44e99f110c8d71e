package com.clipdesk.ingest;

import com.clipdesk.content.ShareDestination;
import com.clipdesk.content.SubmissionKind;
import com.clipdesk.report.ReportReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A line's fields, typed and checked without the database: what {@link IngestWriter} creates or
 * revises. Items name other items by the product's external ids ({@link #references()}) and the
 * catalog by Clipdesk's ids and codes.
 */
sealed interface IngestItem {

    /** Another item this one names: resolved through {@code external_ref} before writing. */
    record Reference(ExternalKind kind, String externalId, String field) {}

    List<Reference> references();

    /** The member's handle must be new; home market and age band change with later versions. */
    record MemberItem(String handle, String homeMarket, String ageBand, Instant joinedAt) implements IngestItem {
        static final Set<String> AGE_BANDS = Set.of("13_17", "18_24", "25_34", "35_54", "55_PLUS");

        public List<Reference> references() {
            return List.of();
        }
    }

    record MomentItem(long episodeId, int startSecond, int endSecond, String caption, String language, String creator,
            Set<String> markets, Instant createdAt) implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.MEMBER, creator, "creator"));
        }
    }

    record ShareLinkItem(String moment, String token, ShareDestination destination, Instant createdAt,
            @Nullable Instant revokedAt) implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.MOMENT, moment, "moment"));
        }
    }

    record SubmissionItem(long titleId, SubmissionKind kind, String body, @Nullable String mediaRef, String language,
            String creator, Set<String> tags, Set<String> markets, Instant createdAt) implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.MEMBER, creator, "creator"));
        }
    }

    record WatchPartyItem(long episodeId, String host, String market, Instant startedAt) implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.MEMBER, host, "host"));
        }
    }

    record MessageItem(String party, String author, String body, String language, Instant sentAt)
            implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.WATCH_PARTY, party, "party"),
                    new Reference(ExternalKind.MEMBER, author, "author"));
        }
    }

    /** A private recommendation comes with the report that lets staff see it (required when it is new). */
    record RecommendationItem(String sender, String recipient, long titleId, String message, String language,
            String market, Instant createdAt, @Nullable ReportItem report, @Nullable String reportExternalId)
            implements IngestItem {
        public List<Reference> references() {
            List<Reference> refs = new ArrayList<>(List.of(new Reference(ExternalKind.MEMBER, sender, "sender"),
                    new Reference(ExternalKind.MEMBER, recipient, "recipient")));
            if (report != null) {
                refs.add(new Reference(ExternalKind.MEMBER, report.reporter(), "report.reporter"));
            }
            return refs;
        }
    }

    /** {@code subject} is null inside a recommendation's line (the report is on that recommendation). */
    record ReportItem(@Nullable IngestType subjectType, @Nullable String subject, String reporter, ReportReason reason,
            @Nullable String text, String market, Instant createdAt) implements IngestItem {
        public List<Reference> references() {
            List<Reference> refs = new ArrayList<>();
            if (subjectType != null && subject != null) {
                refs.add(new Reference(subjectType.kind(), subject, "subject"));
            }
            refs.add(new Reference(ExternalKind.MEMBER, reporter, "reporter"));
            return refs;
        }
    }

    record AppealItem(String decision, long decisionId, String member, String statement, @Nullable Instant receivedAt)
            implements IngestItem {
        public List<Reference> references() {
            return List.of(new Reference(ExternalKind.MEMBER, member, "member"));
        }
    }
}
