package com.clipdesk.ingest;

import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.PrivateRecommendation;
import com.clipdesk.content.ShareDestination;
import com.clipdesk.content.SubmissionKind;
import com.clipdesk.content.WatchPartyMessage;
import com.clipdesk.ingest.IngestItem.AppealItem;
import com.clipdesk.ingest.IngestItem.MemberItem;
import com.clipdesk.ingest.IngestItem.MessageItem;
import com.clipdesk.ingest.IngestItem.MomentItem;
import com.clipdesk.ingest.IngestItem.RecommendationItem;
import com.clipdesk.ingest.IngestItem.ReportItem;
import com.clipdesk.ingest.IngestItem.ShareLinkItem;
import com.clipdesk.ingest.IngestItem.SubmissionItem;
import com.clipdesk.ingest.IngestItem.WatchPartyItem;
import com.clipdesk.report.Report;
import com.clipdesk.report.ReportReason;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a line's fields into its {@link IngestItem}, collecting the faults in {@link Fields#errors}. */
final class IngestItems {

    /** Column lengths that the entities do not export as constants. */
    static final int HANDLE_MAX = 40;
    static final int TOKEN_MAX = 32;
    static final int MEDIA_REF_MAX = 300;
    static final int TAG_MAX = 40;
    static final int STATEMENT_MAX = 4000;
    static final int MAX_SECONDS = 24 * 3600;
    static final Set<IngestType> REPORTABLE = Set.of(IngestType.MOMENT, IngestType.FANDOM_SUBMISSION,
            IngestType.WATCH_PARTY_MESSAGE, IngestType.PRIVATE_RECOMMENDATION);
    static final Set<String> INLINE_REPORT_FIELDS = Set.of("externalId", "reporter", "reason", "text", "market",
            "createdAt");

    private IngestItems() {}

    /** The item, or null when {@code f} holds errors. */
    static @Nullable IngestItem read(IngestType type, Fields f, Instant now) {
        IngestItem item = switch (type) {
            case MEMBER -> member(f, now);
            case MOMENT -> moment(f, now);
            case SHARE_LINK -> shareLink(f, now);
            case FANDOM_SUBMISSION -> submission(f, now);
            case WATCH_PARTY -> party(f, now);
            case WATCH_PARTY_MESSAGE -> message(f, now);
            case PRIVATE_RECOMMENDATION -> recommendation(f, now);
            case REPORT -> report(f, now, true, null);
            case APPEAL -> appeal(f);
        };
        return f.ok() ? item : null;
    }

    private static @Nullable MemberItem member(Fields f, Instant now) {
        String handle = f.handle("handle", HANDLE_MAX);
        String market = f.market("homeMarket");
        String band = f.text("ageBand", 8, true, false);
        if (band != null && !MemberItem.AGE_BANDS.contains(band)) {
            f.error("ageBand", "Not an age band: 13_17, 18_24, 25_34, 35_54 or 55_PLUS.");
        }
        Instant joined = f.instant("joinedAt", now);
        return f.ok() ? new MemberItem(handle, market, band, joined) : null;
    }

    private static @Nullable MomentItem moment(Fields f, Instant now) {
        Long episode = f.number("episodeId", 1, Long.MAX_VALUE);
        Long start = f.number("startSecond", 0, MAX_SECONDS);
        Long end = f.number("endSecond", 1, MAX_SECONDS);
        if (start != null && end != null && end <= start) {
            f.error("endSecond", "A Moment ends after it starts.");
        }
        String caption = f.text("caption", Moment.CAPTION_MAX, true, true);
        String language = f.language("language");
        String creator = f.reference("creator");
        Set<String> markets = f.markets("markets");
        Instant created = f.instant("createdAt", now);
        return f.ok() ? new MomentItem(episode, Math.toIntExact(start), Math.toIntExact(end), caption, language, creator,
                markets, created) : null;
    }

    private static @Nullable ShareLinkItem shareLink(Fields f, Instant now) {
        String moment = f.reference("moment");
        String token = f.token("token", TOKEN_MAX);
        ShareDestination destination = f.oneOf("destination", ShareDestination.class);
        Instant created = f.instant("createdAt", now);
        Instant revoked = f.has("revokedAt") ? f.instant("revokedAt", null) : null;
        if (created != null && revoked != null && revoked.isBefore(created)) {
            f.error("revokedAt", "A link is revoked after it was created.");
        }
        return f.ok() ? new ShareLinkItem(moment, token, destination, created, revoked) : null;
    }

    private static @Nullable SubmissionItem submission(Fields f, Instant now) {
        Long title = f.number("titleId", 1, Long.MAX_VALUE);
        SubmissionKind kind = f.oneOf("kind", SubmissionKind.class);
        String body = f.text("body", FandomSubmission.BODY_MAX, true, true);
        String media = f.text("mediaRef", MEDIA_REF_MAX, false, false);
        String language = f.language("language");
        String creator = f.reference("creator");
        Set<String> tags = f.texts("tags", TAG_MAX);
        Set<String> markets = f.markets("markets");
        Instant created = f.instant("createdAt", now);
        return f.ok() ? new SubmissionItem(title, kind, body, media, language, creator, tags, markets, created) : null;
    }

    private static @Nullable WatchPartyItem party(Fields f, Instant now) {
        Long episode = f.number("episodeId", 1, Long.MAX_VALUE);
        String host = f.reference("host");
        String market = f.market("market");
        Instant started = f.instant("startedAt", now);
        return f.ok() ? new WatchPartyItem(episode, host, market, started) : null;
    }

    private static @Nullable MessageItem message(Fields f, Instant now) {
        String party = f.reference("party");
        String author = f.reference("author");
        String body = f.text("body", WatchPartyMessage.BODY_MAX, true, true);
        String language = f.language("language");
        Instant sent = f.instant("sentAt", now);
        return f.ok() ? new MessageItem(party, author, body, language, sent) : null;
    }

    private static @Nullable RecommendationItem recommendation(Fields f, Instant now) {
        String sender = f.reference("sender");
        String recipient = f.reference("recipient");
        if (sender != null && sender.equals(recipient)) {
            f.error("recipient", "A member recommends a title to someone else.");
        }
        Long title = f.number("titleId", 1, Long.MAX_VALUE);
        String message = f.text("message", PrivateRecommendation.MESSAGE_MAX, true, true);
        String language = f.language("language");
        String market = f.market("market");
        Instant created = f.instant("createdAt", now);
        ReportItem report = null;
        String reportId = null;
        if (f.has("report")) {
            Fields r = f.object("report", INLINE_REPORT_FIELDS);
            if (r != null) {
                reportId = r.reference("externalId");
                report = report(r, now, false, market);
                if (report != null && !report.reporter().equals(sender) && !report.reporter().equals(recipient)) {
                    r.error("reporter", "Only its sender or its recipient sees a private recommendation, so only they "
                            + "report it.");
                }
            }
        }
        return f.ok() ? new RecommendationItem(sender, recipient, title, message, language, market, created, report,
                reportId) : null;
    }

    /** @param defaultMarket an inline report's market when it names none: its recommendation's */
    private static @Nullable ReportItem report(Fields f, Instant now, boolean withSubject,
            @Nullable String defaultMarket) {
        IngestType subjectType = null;
        String subject = null;
        if (withSubject) {
            String wire = f.text("subjectType", 40, true, false);
            if (wire != null) {
                subjectType = IngestType.ofWire(wire).filter(REPORTABLE::contains).orElse(null);
                if (subjectType == null) {
                    f.error("subjectType", "Not a reportable type: moment, fandom-submission, watch-party-message or "
                            + "private-recommendation.");
                }
            }
            subject = f.reference("subject");
        }
        String reporter = f.reference("reporter");
        ReportReason reason = f.oneOf("reason", ReportReason.class);
        String text = f.text("text", Report.FREE_TEXT_MAX, false, true);
        String market = defaultMarket != null && !f.has("market") ? defaultMarket : f.market("market");
        Instant created = f.instant("createdAt", now);
        return f.ok() ? new ReportItem(subjectType, subject, reporter, reason, text, market, created) : null;
    }

    private static @Nullable AppealItem appeal(Fields f) {
        String decision = f.text("decision", 20, true, false);
        if (decision != null && !decision.equals("takedown") && !decision.equals("review-decision")) {
            f.error("decision", "Not a decision kind: \"takedown\" or \"review-decision\".");
        }
        Long decisionId = f.number("decisionId", 1, Long.MAX_VALUE);
        String member = f.reference("member");
        String statement = f.text("statement", STATEMENT_MAX, true, true);
        Instant received = f.has("receivedAt") ? f.instant("receivedAt", null) : null;
        return f.ok() ? new AppealItem(decision, decisionId, member, statement, received) : null;
    }
}
