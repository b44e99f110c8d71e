package com.clipdesk.transparency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a statement in the Transparency Database's submission format, in the order of
 * its API documentation (CSV columns follow it): the closed list a value must come from (null for
 * free text and dates), whether it holds an array, and the text limit (0 when none applies).
 */
public enum StatementField {
    DECISION_VISIBILITY("decision_visibility", DecisionVisibility.values(), true, 0),
    DECISION_VISIBILITY_OTHER("decision_visibility_other", null, false, 500),
    END_DATE_VISIBILITY_RESTRICTION("end_date_visibility_restriction", null, false, 0),
    DECISION_MONETARY("decision_monetary", DecisionMonetary.values(), false, 0),
    DECISION_MONETARY_OTHER("decision_monetary_other", null, false, 500),
    END_DATE_MONETARY_RESTRICTION("end_date_monetary_restriction", null, false, 0),
    DECISION_PROVISION("decision_provision", DecisionProvision.values(), false, 0),
    END_DATE_SERVICE_RESTRICTION("end_date_service_restriction", null, false, 0),
    DECISION_ACCOUNT("decision_account", DecisionAccount.values(), false, 0),
    END_DATE_ACCOUNT_RESTRICTION("end_date_account_restriction", null, false, 0),
    ACCOUNT_TYPE("account_type", AccountType.values(), false, 0),
    DECISION_GROUND("decision_ground", DecisionGround.values(), false, 0),
    DECISION_GROUND_REFERENCE_URL("decision_ground_reference_url", null, false, 500),
    ILLEGAL_CONTENT_LEGAL_GROUND("illegal_content_legal_ground", null, false, 500),
    ILLEGAL_CONTENT_EXPLANATION("illegal_content_explanation", null, false, 2000),
    INCOMPATIBLE_CONTENT_GROUND("incompatible_content_ground", null, false, 500),
    INCOMPATIBLE_CONTENT_EXPLANATION("incompatible_content_explanation", null, false, 2000),
    INCOMPATIBLE_CONTENT_ILLEGAL("incompatible_content_illegal", YesNo.values(), false, 0),
    CATEGORY("category", StatementCategory.values(), false, 0),
    CATEGORY_ADDITION("category_addition", StatementCategory.values(), true, 0),
    CATEGORY_SPECIFICATION("category_specification", CategoryKeyword.values(), true, 0),
    CATEGORY_SPECIFICATION_OTHER("category_specification_other", null, false, 500),
    CONTENT_TYPE("content_type", ContentType.values(), true, 0),
    CONTENT_TYPE_OTHER("content_type_other", null, false, 500),
    CONTENT_LANGUAGE("content_language", null, false, 0),
    CONTENT_DATE("content_date", null, false, 0),
    TERRITORIAL_SCOPE("territorial_scope", null, true, 0),
    APPLICATION_DATE("application_date", null, false, 0),
    DECISION_FACTS("decision_facts", null, false, 5000),
    SOURCE_TYPE("source_type", SourceType.values(), false, 0),
    SOURCE_IDENTITY("source_identity", null, false, 500),
    AUTOMATED_DETECTION("automated_detection", YesNo.values(), false, 0),
    AUTOMATED_DECISION("automated_decision", AutomatedDecision.values(), false, 0),
    PUID("puid", null, false, 500);

    private final String key;
    private final ApiValue @Nullable [] allowed;
    private final boolean array;
    private final int maxLength;

    StatementField(String key, ApiValue @Nullable [] allowed, boolean array, int maxLength) {
        this.key = key;
        this.allowed = allowed;
        this.array = array;
        this.maxLength = maxLength;
    }

    /** The attribute's name in the API, e.g. {@code decision_ground}. */
    public String key() {
        return key;
    }

    /** The values the API accepts, or empty for free text, dates and codes checked otherwise. */
    public List<String> allowedValues() {
        return allowed == null ? List.of() : Arrays.stream(allowed).map(ApiValue::value).toList();
    }

    public boolean isArray() {
        return array;
    }

    /** The API's character limit, 0 when it sets none. */
    public int maxLength() {
        return maxLength;
    }

    public static Optional<StatementField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
