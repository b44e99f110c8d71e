package com.clipdesk.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Transparency Database's rules, one by one: a value outside a list is refused with its field named. */
class StatementValidatorTest {

    /** A statement the database accepts, as the API documentation's example (adapted to v2 values). */
    static Map<String, Object> valid() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"));
        s.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
        s.put("incompatible_content_ground", "Community Guidelines 4.2");
        s.put("incompatible_content_explanation", "Harassment: targets a person with abuse.");
        s.put("category", "STATEMENT_CATEGORY_CYBER_VIOLENCE");
        s.put("content_type", List.of("CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO"));
        s.put("content_language", "PT");
        s.put("content_date", "2026-11-01");
        s.put("territorial_scope", List.of("DE", "FR"));
        s.put("application_date", "2026-11-20");
        s.put("decision_facts", "A Moment shared in markets DE, FR.");
        s.put("source_type", "SOURCE_ARTICLE_16");
        s.put("automated_detection", "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("puid", "clipdesk-sor-42");
        return s;
    }

    private static List<StatementViolation> check(Map<String, Object> statement) {
        return StatementValidator.check(statement, true);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> s = valid();
        s.put(field, value);
        return s;
    }

    @Test
    void theExampleStatementPasses() {
        assertThat(check(valid())).isEmpty();
    }

    /** Every closed list: each of its values passes, and a value from no list is refused naming the field. */
    static Stream<Arguments> closedLists() {
        List<Arguments> cells = new ArrayList<>();
        for (StatementField field : StatementField.values()) {
            for (String value : field.allowedValues()) {
                cells.add(Arguments.of(field, value));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("closedLists")
    void everyAllowedValueOfEveryListPasses(StatementField field, String value) {
        Map<String, Object> s = with(field.key(), field.isArray() ? List.of(value) : value);
        // the values that ask for their "other" text get it
        s.put("decision_visibility_other", "shown only to signed-in members");
        s.put("decision_monetary_other", "held");
        s.put("content_type_other", "sticker");
        s.put("illegal_content_legal_ground", "StGB § 130");
        s.put("illegal_content_explanation", "incites hatred");
        assertThat(check(s)).as("%s = %s", field.key(), value).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StatementField.class)
    void aValueOutsideAListIsRefusedNamingTheField(StatementField field) {
        if (field.allowedValues().isEmpty()) {
            return;
        }
        Map<String, Object> s = with(field.key(), field.isArray() ? List.of("NOT_A_VALUE") : "NOT_A_VALUE");
        assertThat(check(s)).anySatisfy(v -> {
            assertThat(v.puid()).isEqualTo("clipdesk-sor-42");
            assertThat(v.field()).isEqualTo(field.key());
            assertThat(v.message()).contains("NOT_A_VALUE is not an allowed value");
        });
    }

    @Test
    void theListsAreTheApiV2Lists() {
        assertThat(StatementCategory.values()).hasSize(16);
        assertThat(StatementField.CATEGORY.allowedValues()).contains("STATEMENT_CATEGORY_OTHER_VIOLATION_TC")
                .doesNotContain("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
                        "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE");
        assertThat(StatementField.DECISION_VISIBILITY.allowedValues()).hasSize(7);
        assertThat(StatementField.SOURCE_TYPE.allowedValues()).containsExactly("SOURCE_ARTICLE_16",
                "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
        assertThat(StatementField.AUTOMATED_DECISION.allowedValues()).containsExactly("AUTOMATED_DECISION_FULLY",
                "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED");
        assertThat(StatementField.AUTOMATED_DETECTION.allowedValues()).containsExactly("Yes", "No");
        assertThat(EuropeanCountries.EUROPEAN_UNION).hasSize(27);
        assertThat(EuropeanCountries.EUROPEAN_ECONOMIC_AREA).hasSize(30).contains("IS", "LI", "NO");
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        for (String required : List.of("decision_ground", "category", "content_type", "content_date",
                "application_date", "decision_facts", "source_type", "automated_detection", "automated_decision",
                "puid", "territorial_scope")) {
            Map<String, Object> s = valid();
            s.remove(required);
            assertThat(check(s)).as(required).extracting(StatementViolation::field).contains(required);
        }
        Map<String, Object> noRestriction = valid();
        noRestriction.remove("decision_visibility");
        assertThat(check(noRestriction)).extracting(StatementViolation::field).containsExactly("decision_visibility");
    }

    @Test
    void eachGroundNeedsItsOwnTexts() {
        Map<String, Object> illegal = with("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        assertThat(check(illegal)).extracting(StatementViolation::field)
                .containsExactlyInAnyOrder("illegal_content_legal_ground", "illegal_content_explanation");
        Map<String, Object> terms = valid();
        terms.remove("incompatible_content_explanation");
        assertThat(check(terms)).extracting(StatementViolation::field).containsExactly("incompatible_content_explanation");
        Map<String, Object> other = with("decision_visibility", List.of("DECISION_VISIBILITY_OTHER"));
        assertThat(check(other)).extracting(StatementViolation::field).containsExactly("decision_visibility_other");
    }

    @Test
    void textsLongerThanTheApiTakesAreRefusedWithTheirLength() {
        assertThat(check(with("decision_facts", "x".repeat(5001)))).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo(
                        "Statement clipdesk-sor-42, decision_facts: is 5001 characters; the database takes at most 5000"));
        assertThat(check(with("decision_facts", "x".repeat(5000)))).isEmpty();
        assertThat(check(with("incompatible_content_ground", "x".repeat(501)))).extracting(StatementViolation::field)
                .containsExactly("incompatible_content_ground");
        assertThat(check(with("incompatible_content_explanation", "x".repeat(2001))))
                .extracting(StatementViolation::field).containsExactly("incompatible_content_explanation");
        assertThat(check(with("puid", "p".repeat(501)))).extracting(StatementViolation::field).containsExactly("puid");
    }

    @Test
    void codesDatesAndIdentifiersFollowTheirFormats() {
        assertThat(check(with("territorial_scope", List.of("DE", "BR")))).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("BR is not an EU/EEA country code"));
        assertThat(check(with("territorial_scope", List.of("NO", "IS", "LI", "GR")))).isEmpty();
        assertThat(check(with("territorial_scope", List.of("DE", "DE")))).extracting(StatementViolation::message)
                .containsExactly("lists DE twice");
        assertThat(check(with("content_language", "pt"))).extracting(StatementViolation::field)
                .containsExactly("content_language");
        assertThat(check(with("content_language", "XX"))).extracting(StatementViolation::field)
                .containsExactly("content_language");
        assertThat(check(with("content_date", "1999-12-31"))).extracting(StatementViolation::message)
                .containsExactly("1999-12-31 is before 2000-01-01");
        assertThat(check(with("application_date", "2019-12-31"))).extracting(StatementViolation::field)
                .containsExactly("application_date");
        assertThat(check(with("application_date", "20.11.2026"))).extracting(StatementViolation::message)
                .containsExactly("20.11.2026 is not a date of the form YYYY-MM-DD");
        assertThat(check(with("end_date_visibility_restriction", "2026-11-19"))).extracting(StatementViolation::message)
                .containsExactly("2026-11-19 is before the application date 2026-11-20");
        assertThat(check(with("puid", "clipdesk sor 42"))).extracting(StatementViolation::message)
                .containsExactly("may hold only a-z, A-Z, 0-9, - and _");
        assertThat(check(with("decision_ground_reference_url", "not a url"))).extracting(StatementViolation::field)
                .containsExactly("decision_ground_reference_url");
        assertThat(check(with("category", List.of("STATEMENT_CATEGORY_VIOLENCE"))))
                .extracting(StatementViolation::message).containsExactly("must be a text value, not [STATEMENT_CATEGORY_VIOLENCE]");
        assertThat(check(with("content_type", "CONTENT_TYPE_TEXT"))).extracting(StatementViolation::message)
                .containsExactly("must be an array");
        assertThat(check(with("colour", "blue"))).extracting(StatementViolation::field).containsExactly("colour");
    }

    @Test
    void onlyANonEuStatementMayHaveAnEmptyTerritorialScope() {
        Map<String, Object> s = with("territorial_scope", List.of());
        assertThat(StatementValidator.check(s, false)).isEmpty();
        assertThat(StatementValidator.check(s, true)).extracting(StatementViolation::field)
                .containsExactly("territorial_scope");
    }
}
