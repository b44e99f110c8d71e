package com.clipdesk.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentMedium;
import com.clipdesk.content.PostedContent;
import com.clipdesk.review.CaseDecided;
import com.clipdesk.review.CaseOrigin;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.StatementGround;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From a decision to the attributes of its statement, for each kind of decision that restricts. */
class StatementBuilderTest {

    private static final Instant DECIDED = Instant.parse("2026-11-20T23:30:00Z");
    private static final PostedContent MOMENT = moment("FR", "DE", "BR");
    private static final CaseDecided.Reason HARASSMENT = new CaseDecided.Reason("HARASSMENT", "Harassment",
            "Targets a person with abuse, insults or unwanted contact.", "Community Guidelines 4.2",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE", StatementGround.TERMS, null);
    private static final CaseDecided.Reason HATE = new CaseDecided.Reason("HATE_SPEECH", "Hate speech",
            "Attacks people for a protected characteristic.", "Community Guidelines 4.1",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", StatementGround.ILLEGAL, "StGB § 130 (DE)");

    /** A Moment visible in the markets. */
    private static PostedContent moment(String... markets) {
        return new PostedContent(ContentKind.MOMENT, 7, Instant.parse("2026-10-02T08:00:00Z"), "pt",
                Set.of(ContentMedium.VIDEO, ContentMedium.TEXT), Set.of(markets));
    }

    private static CaseDecided decision(Disposition disposition, boolean spoiler, boolean bulk, CaseOrigin origin,
            int reports, Set<String> markets, CaseDecided.Reason reason) {
        return new CaseDecided(99, 12, ContentKind.MOMENT, 7, origin, disposition, spoiler, bulk, markets, reports,
                DECIDED, reason, DECIDED.minusSeconds(3600));
    }

    @Test
    void aRemovalOnReportsUnderOurTermsIsScopedToTheEuMarketsWhereTheItemWasVisible() {
        // reported in DE only; removed everywhere it was visible: FR, DE and BR
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.REMOVE, false, false, CaseOrigin.REPORTS, 3,
                Set.of("DE"), HARASSMENT), MOMENT);
        assertThat(s).containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"))
                .containsEntry("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
                .containsEntry("incompatible_content_ground", "Community Guidelines 4.2")
                .containsEntry("category", "STATEMENT_CATEGORY_CYBER_VIOLENCE")
                .containsEntry("content_type", List.of("CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO"))
                .containsEntry("content_language", "PT")
                .containsEntry("content_date", "2026-10-02")
                .containsEntry("territorial_scope", List.of("DE", "FR"))
                .containsEntry("application_date", "2026-11-20")
                .containsEntry("source_type", "SOURCE_ARTICLE_16")
                .containsEntry("automated_detection", "No")
                .containsEntry("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED")
                .containsEntry("puid", "clipdesk-sor-99")
                .doesNotContainKeys("illegal_content_legal_ground", "illegal_content_explanation");
        assertThat((String) s.get("incompatible_content_explanation")).startsWith("Harassment: Targets a person");
        assertThat((String) s.get("decision_facts")).contains("markets BR, DE, FR", "3 members' reports",
                "removed for every member", "outside the EU/EEA too (BR)");
        assertThat(StatementValidator.check(s, true)).isEmpty();
    }

    @Test
    void anIllegalContentGroundNamesTheLaw() {
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.REMOVE, false, false, CaseOrigin.REPORTS, 1,
                Set.of("DE"), HATE), MOMENT);
        assertThat(s).containsEntry("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT")
                .containsEntry("illegal_content_legal_ground", "StGB § 130 (DE)")
                .doesNotContainKeys("incompatible_content_ground", "incompatible_content_explanation");
        assertThat((String) s.get("illegal_content_explanation")).startsWith("Hate speech: Attacks people");
        assertThat(StatementValidator.check(s, true)).isEmpty();
    }

    @Test
    void aSpoilerFlagLabelsTheItemAndAStaffBulkActionIsOurOwnPartlyAutomatedInitiative() {
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.KEEP, true, true, CaseOrigin.STAFF, 0,
                Set.of("ES"), HARASSMENT), MOMENT);
        assertThat(s).containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_LABELLED"))
                .containsEntry("source_type", "SOURCE_VOLUNTARY")
                .containsEntry("automated_decision", "AUTOMATED_DECISION_PARTIALLY");
        assertThat((String) s.get("decision_facts")).contains("own initiative", "labelled as a spoiler");
        assertThat(StatementValidator.check(s, true)).isEmpty();
    }

    @Test
    void aDecisionOnlyOutsideTheEuHasNoTerritorialScopeAndADecisionThatRestrictsNothingNoStatement() {
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.REMOVE, false, false,
                CaseOrigin.PRE_MODERATION, 0, Set.of("BR"), HARASSMENT), moment("BR", "US"));
        assertThat(s).containsEntry("territorial_scope", List.of()).containsEntry("source_type", "SOURCE_VOLUNTARY");
        assertThat(StatementValidator.check(s, false)).isEmpty();
        assertThat(StatementValidator.check(s, true)).extracting(StatementViolation::field)
                .containsExactly("territorial_scope");
        assertThatThrownBy(() -> StatementBuilder.build(decision(Disposition.KEEP, false, false, CaseOrigin.REPORTS, 1,
                Set.of("DE"), HARASSMENT), MOMENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anItemVisibleNowhereIsScopedByTheMarketsItWasReportedIn() {
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.REMOVE, false, false, CaseOrigin.REPORTS, 1,
                Set.of("ES", "MX"), HARASSMENT), moment());
        assertThat(s).containsEntry("territorial_scope", List.of("ES"));
        assertThat((String) s.get("decision_facts")).contains("markets ES, MX");
    }

    @Test
    void aLanguageThatIsNotATwoLetterCodeIsLeftOut() {
        var posted = new PostedContent(ContentKind.WATCH_PARTY_MESSAGE, 7, Instant.parse("2026-10-02T08:00:00Z"),
                "und", Set.of(ContentMedium.TEXT), Set.of("DE"));
        Map<String, Object> s = StatementBuilder.build(decision(Disposition.REMOVE, false, false, CaseOrigin.REPORTS, 1,
                Set.of("DE"), HARASSMENT), posted);
        assertThat(s).doesNotContainKey("content_language").containsEntry("content_type", List.of("CONTENT_TYPE_TEXT"));
        assertThat(StatementValidator.check(s, true)).isEmpty();
    }
}
