package com.clipdesk.transparency;

import com.clipdesk.content.ContentKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The statement of reasons of one decision, as written in the decision's transaction: the
 * submission (JSON) and the columns the export page filters on. Never changed.
 */
@Entity
@Immutable
@Table(name = "statement_of_reasons")
class StatementOfReasons {

    static final int STATEMENT_MAX = 12000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String puid;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision_kind", nullable = false, length = 20, updatable = false)
    private DecisionKind decisionKind;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    /** The review case; none for a takedown. */
    @Column(name = "case_id", updatable = false)
    private @Nullable Long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 30, updatable = false)
    private ContentKind subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** "BR,DE,FR": all the decision's markets, EU/EEA or not, for display. */
    @Column(nullable = false, length = 300, updatable = false)
    private String markets;

    @ElementCollection
    @CollectionTable(name = "statement_of_reasons_market", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "market_code", length = 8)
    private Set<String> marketCodes = new TreeSet<>();

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false, updatable = false)
    private boolean eu;

    @Column(nullable = false, length = 80, updatable = false)
    private String category;

    @Column(nullable = false, length = 40, updatable = false)
    private String ground;

    @Column(nullable = false, length = STATEMENT_MAX, updatable = false)
    private String statement;

    protected StatementOfReasons() {}

    StatementOfReasons(String puid, DecisionKind decisionKind, long decisionId, @Nullable Long caseId,
            ContentKind subjectKind, long subjectId,
            Instant decidedAt, Set<String> markets, boolean eu, String category, String ground, String statement) {
        if (statement.length() > STATEMENT_MAX) {
            throw new IllegalArgumentException("Statement " + puid + " is " + statement.length()
                    + " characters of JSON; at most " + STATEMENT_MAX + " are kept");
        }
        this.puid = puid;
        this.decisionKind = decisionKind;
        this.decisionId = decisionId;
        this.caseId = caseId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.decidedAt = decidedAt;
        this.marketCodes = new TreeSet<>(markets);
        this.markets = String.join(",", this.marketCodes);
        this.eu = eu;
        this.category = category;
        this.ground = ground;
        this.statement = statement;
    }

    Long getId() {
        return id;
    }

    String getPuid() {
        return puid;
    }

    long getDecisionId() {
        return decisionId;
    }

    DecisionKind getDecisionKind() {
        return decisionKind;
    }

    @Nullable Long getCaseId() {
        return caseId;
    }

    ContentKind getSubjectKind() {
        return subjectKind;
    }

    long getSubjectId() {
        return subjectId;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getMarkets() {
        return markets;
    }

    boolean isEu() {
        return eu;
    }

    String getCategory() {
        return category;
    }

    String getGround() {
        return ground;
    }

    String getStatement() {
        return statement;
    }
}
