package com.clipdesk.transparency;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentMedium;
import com.clipdesk.content.PostedContent;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.review.CaseOrigin;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.StatementGround;
import com.clipdesk.strike.RestrictionApplied;
import com.clipdesk.takedown.Ground;
import com.clipdesk.takedown.TakedownApplied;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a restricting review decision into a statement in the Transparency Database's submission
 * format: an ordered map of its attributes (absent ones left out), ready to be written as JSON. No
 * personal data goes in: no member handles, no reviewer names, no notes (Art. 24(5) DSA).
 */
public final class StatementBuilder {

    /** Prefix of our platform unique identifiers; the decision id makes each unique for good. */
    public static final String PUID_PREFIX = "clipdesk-sor-";

    private StatementBuilder() {}

    public static String puid(long decisionId) {
        return PUID_PREFIX + decisionId;
    }

    /** The EU/EEA markets among the decision's, sorted: its territorial scope. */
    public static List<String> territorialScope(Set<String> markets) {
        return markets.stream().filter(EuropeanCountries::includes).sorted().toList();
    }

    /**
     * Where the restriction takes effect: the markets the item was visible in (a removal hides it in
     * all of them), or the case's markets (where it was reported) for an item visible nowhere.
     */
    public static Set<String> restrictedIn(CaseDecided decision, PostedContent posted) {
        return posted.markets().isEmpty() ? decision.markets() : posted.markets();
    }

    public static Map<String, Object> build(CaseDecided decision, PostedContent posted) {
        if (!decision.restricts()) {
            throw new IllegalArgumentException("Decision " + decision.decisionId() + " restricts nothing: no statement");
        }
        CaseDecided.Reason reason = decision.reason();
        boolean removed = decision.disposition() == Disposition.REMOVE;
        Map<String, Object> s = new LinkedHashMap<>();
        // a removal makes the spoiler label moot; a spoiler flag alone labels the item
        s.put(StatementField.DECISION_VISIBILITY.key(), List.of(removed
                ? DecisionVisibility.DECISION_VISIBILITY_CONTENT_REMOVED.value()
                : DecisionVisibility.DECISION_VISIBILITY_CONTENT_LABELLED.value()));
        String explanation = explanation(decision, removed);
        if (reason.ground() == StatementGround.ILLEGAL) {
            s.put(StatementField.DECISION_GROUND.key(), DecisionGround.DECISION_GROUND_ILLEGAL_CONTENT.value());
            s.put(StatementField.ILLEGAL_CONTENT_LEGAL_GROUND.key(), String.valueOf(reason.legalGround()));
            s.put(StatementField.ILLEGAL_CONTENT_EXPLANATION.key(), explanation);
        } else {
            s.put(StatementField.DECISION_GROUND.key(), DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT.value());
            s.put(StatementField.INCOMPATIBLE_CONTENT_GROUND.key(), reason.policyRef());
            s.put(StatementField.INCOMPATIBLE_CONTENT_EXPLANATION.key(), explanation);
        }
        s.put(StatementField.CATEGORY.key(), reason.statementCategory());
        putContent(s, posted);
        Set<String> markets = restrictedIn(decision, posted);
        s.put(StatementField.TERRITORIAL_SCOPE.key(), territorialScope(markets));
        s.put(StatementField.APPLICATION_DATE.key(), date(decision.decidedAt()));
        s.put(StatementField.DECISION_FACTS.key(), facts(decision, markets));
        s.put(StatementField.SOURCE_TYPE.key(), sourceType(decision).value());
        s.put(StatementField.AUTOMATED_DETECTION.key(), YesNo.NO.value());
        s.put(StatementField.AUTOMATED_DECISION.key(), (decision.bulk()
                ? AutomatedDecision.AUTOMATED_DECISION_PARTIALLY
                : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED).value());
        s.put(StatementField.PUID.key(), puid(decision.decisionId()));
        return s;
    }

    /** Platform unique identifier of a takedown's statement: its own namespace beside review decisions'. */
    public static String takedownPuid(long takedownId) {
        return PUID_PREFIX + "takedown-" + takedownId;
    }

    /**
     * A takedown's statement: removal when it is in force everywhere, disabling of access when it is
     * limited to listed markets (geo-blocking); the ground and explanation the moderator gave; an
     * authority's order is "another type of notification", anything else our own initiative.
     */
    public static Map<String, Object> build(TakedownApplied takedown, PostedContent posted, ReasonCodeView reason) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(StatementField.DECISION_VISIBILITY.key(), List.of(takedown.everywhere()
                ? DecisionVisibility.DECISION_VISIBILITY_CONTENT_REMOVED.value()
                : DecisionVisibility.DECISION_VISIBILITY_CONTENT_DISABLED.value()));
        if (takedown.ground() == Ground.ILLEGAL) {
            s.put(StatementField.DECISION_GROUND.key(), DecisionGround.DECISION_GROUND_ILLEGAL_CONTENT.value());
            s.put(StatementField.ILLEGAL_CONTENT_LEGAL_GROUND.key(), takedown.groundReference());
            s.put(StatementField.ILLEGAL_CONTENT_EXPLANATION.key(), takedown.explanation());
        } else {
            s.put(StatementField.DECISION_GROUND.key(), DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT.value());
            s.put(StatementField.INCOMPATIBLE_CONTENT_GROUND.key(), takedown.groundReference());
            s.put(StatementField.INCOMPATIBLE_CONTENT_EXPLANATION.key(), takedown.explanation());
        }
        s.put(StatementField.CATEGORY.key(), reason.statementCategory());
        putContent(s, posted);
        s.put(StatementField.TERRITORIAL_SCOPE.key(), territorialScope(takedown.markets()));
        s.put(StatementField.APPLICATION_DATE.key(), date(takedown.decidedAt()));
        s.put(StatementField.DECISION_FACTS.key(), facts(takedown, reason));
        s.put(StatementField.SOURCE_TYPE.key(), (takedown.legalOrderId() != null
                ? SourceType.SOURCE_TYPE_OTHER_NOTIFICATION : SourceType.SOURCE_VOLUNTARY).value());
        if (takedown.legalOrderId() != null) {
            s.put(StatementField.SOURCE_IDENTITY.key(), "An order of a public authority");
        }
        s.put(StatementField.AUTOMATED_DETECTION.key(), YesNo.NO.value());
        s.put(StatementField.AUTOMATED_DECISION.key(), AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED.value());
        s.put(StatementField.PUID.key(), takedownPuid(takedown.takedownId()));
        return s;
    }

    private static String facts(TakedownApplied takedown, ReasonCodeView reason) {
        Set<String> markets = new TreeSet<>(takedown.markets());
        StringBuilder facts = new StringBuilder("A ").append(describe(takedown.kind())).append(". ");
        facts.append(takedown.legalOrderId() != null
                ? "A public authority ordered its removal; a moderator checked the order and took it down "
                : "A moderator took it down ");
        facts.append(takedown.everywhere() ? "for every member (markets " + String.join(", ", markets) + ")"
                : "in " + (markets.size() == 1 ? "market " : "markets ") + String.join(", ", markets)
                        + " only; members elsewhere still see it")
                .append(", under ").append(takedown.groundReference()).append(" (").append(reason.label())
                .append("). Its share links stop resolving where it is taken down.");
        return facts.append(outsideEurope(markets)).toString();
    }

    /** Platform unique identifier of a member restriction's statement. */
    public static String restrictionPuid(long restrictionId) {
        return PUID_PREFIX + "restriction-" + restrictionId;
    }

    /**
     * A member restriction's statement: a partial suspension of the service (sharing) until its end,
     * in every EU/EEA country (it restricts the member, wherever they are), on our terms' rule on
     * repeated violations; the content named is the newest strike's. Fully automated when the system
     * applied it at a threshold, partially when a lead applied the system's recommendation.
     */
    public static Map<String, Object> build(RestrictionApplied restriction, PostedContent posted, ReasonCodeView reason) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(StatementField.DECISION_PROVISION.key(), DecisionProvision.DECISION_PROVISION_PARTIAL_SUSPENSION.value());
        s.put(StatementField.END_DATE_SERVICE_RESTRICTION.key(), date(restriction.endsAt()));
        s.put(StatementField.DECISION_GROUND.key(), DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT.value());
        s.put(StatementField.INCOMPATIBLE_CONTENT_GROUND.key(), REPEAT_VIOLATIONS);
        s.put(StatementField.INCOMPATIBLE_CONTENT_EXPLANATION.key(), restriction.label() + ": the member's content was "
                + "taken down " + restriction.strikeCount() + " times on our terms within the strike period, most "
                + "recently under " + restriction.lastStrikeClause() + " (" + reason.label() + ").");
        s.put(StatementField.CATEGORY.key(), reason.statementCategory());
        putContent(s, posted);
        s.put(StatementField.TERRITORIAL_SCOPE.key(), new TreeSet<>(EuropeanCountries.EUROPEAN_ECONOMIC_AREA).stream().toList());
        s.put(StatementField.APPLICATION_DATE.key(), date(restriction.startsAt()));
        s.put(StatementField.DECISION_FACTS.key(), "The member's account reached " + restriction.strikeCount()
                + " active strike" + (restriction.strikeCount() == 1 ? "" : "s") + ": each strike is a takedown of "
                + "their content on our terms, counted for a limited time. At that count our rules "
                + (restriction.automatic() ? "apply" : "recommend, and a lead moderator applied,")
                + " a restriction: " + restriction.label() + ", until " + date(restriction.endsAt())
                + ". The content named is the one taken down last: a " + describe(restriction.lastStrikeItemKind()) + ".");
        s.put(StatementField.SOURCE_TYPE.key(), SourceType.SOURCE_VOLUNTARY.value());
        s.put(StatementField.AUTOMATED_DETECTION.key(), YesNo.NO.value());
        s.put(StatementField.AUTOMATED_DECISION.key(), (restriction.automatic()
                ? AutomatedDecision.AUTOMATED_DECISION_FULLY
                : AutomatedDecision.AUTOMATED_DECISION_PARTIALLY).value());
        s.put(StatementField.PUID.key(), restrictionPuid(restriction.restrictionId()));
        return s;
    }

    /** The clause of our terms that restrictions for repeated violations rest on. */
    static final String REPEAT_VIOLATIONS = "ToS 9.3 Repeated violations (strikes)";

    /** Reports (notices from members) or our own initiative (pre-moderation, staff actions). */
    static SourceType sourceType(CaseDecided decision) {
        return decision.origin() == CaseOrigin.REPORTS && decision.reportCount() > 0
                ? SourceType.SOURCE_ARTICLE_16 : SourceType.SOURCE_VOLUNTARY;
    }

    private static List<String> contentTypes(Set<ContentMedium> media) {
        return new TreeSet<>(media).stream().map(m -> switch (m) {
            case VIDEO -> ContentType.CONTENT_TYPE_VIDEO;
            case IMAGE -> ContentType.CONTENT_TYPE_IMAGE;
            case TEXT -> ContentType.CONTENT_TYPE_TEXT;
        }).map(ContentType::value).sorted().toList();
    }

    private static String explanation(CaseDecided decision, boolean removed) {
        CaseDecided.Reason reason = decision.reason();
        StringBuilder text = new StringBuilder(reason.label()).append(": ").append(reason.description().isBlank()
                ? "the item does not meet " + reason.policyRef() + "." : reason.description());
        if (!removed) {
            text.append(" The item is labelled as a spoiler and hidden where the episode it reveals is still within "
                    + "its spoiler window.");
        }
        return text.toString();
    }

    private static String facts(CaseDecided decision, Set<String> markets) {
        CaseDecided.Reason reason = decision.reason();
        StringBuilder facts = new StringBuilder("A ").append(describe(decision.subjectKind()));
        facts.append(" visible in ").append(markets.size() == 1 ? "market " : "markets ")
                .append(String.join(", ", new TreeSet<>(markets))).append(". ");
        switch (sourceType(decision)) {
            case SOURCE_ARTICLE_16 -> facts.append(decision.reportCount() == 1 ? "A member reported it"
                    : decision.reportCount() + " members' reports named it").append(" (notice under Art. 16 DSA). ");
            default -> facts.append(decision.origin() == CaseOrigin.PRE_MODERATION
                    ? "It was held for review before publication in a pre-moderated market. "
                    : decision.origin() == CaseOrigin.RULE
                    ? "An automated rule of ours sent it to review when it was published. "
                    : "Our staff found it while reviewing content on their own initiative. ");
        }
        facts.append(decision.bulk()
                ? "A moderator applied one decision to the items a search selected, this one among them: "
                : "A moderator reviewed it and decided: ");
        facts.append(decision.disposition() == Disposition.REMOVE ? "removed for every member" : "labelled as a spoiler")
                .append(", under ").append(reason.policyRef()).append(" (").append(reason.label()).append(").");
        return facts.append(outsideEurope(markets)).toString();
    }

    /** content_type, content_language (when a two-letter code) and content_date of the item. */
    private static void putContent(Map<String, Object> s, PostedContent posted) {
        s.put(StatementField.CONTENT_TYPE.key(), contentTypes(posted.media()));
        String language = posted.language().toUpperCase(Locale.ROOT);
        if (language.length() == 2) {
            s.put(StatementField.CONTENT_LANGUAGE.key(), language);
        }
        s.put(StatementField.CONTENT_DATE.key(), date(posted.postedAt()));
    }

    /** The sentence decision_facts ends with when the decision reaches markets outside the EU/EEA. */
    private static String outsideEurope(java.util.Collection<String> markets) {
        List<String> outside = markets.stream().filter(m -> !EuropeanCountries.includes(m)).sorted().toList();
        return outside.isEmpty() ? "" : " The decision applies outside the EU/EEA too (" + String.join(", ", outside)
                + "); the territorial scope lists the EU/EEA countries only.";
    }

    private static String describe(ContentKind kind) {
        return switch (kind) {
            case MOMENT -> "Moment (a clip of an episode, with a caption)";
            case FANDOM_SUBMISSION -> "fandom submission (fan art, an edit, a theory or a quote)";
            case PRIVATE_RECOMMENDATION -> "private recommendation (a message from one member to another)";
            case WATCH_PARTY_MESSAGE -> "watch-party chat message";
        };
    }

    private static String date(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
