package com.clipdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A reason a decision gives, linked to the policy clause it applies, and allowed for some
 * dispositions only (e.g. "Hate speech" removes, "No violation" keeps). Codes are never deleted
 * once decisions name them: they are deactivated.
 */
@Entity
@Table(name = "reason_code")
public class ReasonCode {

    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;
    public static final int POLICY_REF_MAX = 120;
    /** The Transparency Database's limit for illegal_content_legal_ground. */
    public static final int LEGAL_GROUND_MAX = 500;
    public static final String DEFAULT_STATEMENT_CATEGORY = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC";

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "policy_ref", nullable = false, length = POLICY_REF_MAX)
    private String policyRef;

    @Column(nullable = false, length = 100)
    private String dispositions;

    // What a statement of reasons says for decisions carrying this code (docs/transparency.md)
    @Column(name = "statement_category", nullable = false, length = 80)
    private String statementCategory = DEFAULT_STATEMENT_CATEGORY;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "statement_ground", nullable = false, length = 20)
    private StatementGround statementGround = StatementGround.TERMS;

    @Column(name = "legal_ground", length = LEGAL_GROUND_MAX)
    private @Nullable String legalGround;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected ReasonCode() {}

    public ReasonCode(String code, String label, String description, String policyRef, Set<Disposition> dispositions,
            int sortOrder) {
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("A reason code is 2 to 40 capital letters, digits or _");
        }
        this.code = code;
        this.active = true;
        this.sortOrder = sortOrder;
        describe(label, description, policyRef, dispositions);
    }

    public void describe(String label, String description, String policyRef, Set<Disposition> dispositions) {
        if (dispositions.isEmpty()) {
            throw new IllegalArgumentException("A reason code applies to at least one disposition");
        }
        this.label = label.strip();
        this.description = description.strip();
        this.policyRef = policyRef.strip();
        this.dispositions = dispositions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Sets what statements of reasons say for this code: the DSA category, and the ground. An
     * illegal-content ground names the law relied on; a terms ground relies on the policy reference.
     */
    public void mapStatement(String category, StatementGround ground, @Nullable String legalGround) {
        String law = legalGround == null || legalGround.isBlank() ? null : legalGround.strip();
        if (ground == StatementGround.ILLEGAL && law == null) {
            throw new IllegalArgumentException("An illegal-content ground names the law relied on");
        }
        this.statementCategory = category;
        this.statementGround = ground;
        this.legalGround = ground == StatementGround.ILLEGAL ? law : null;
    }

    public void reorder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public boolean allows(Disposition disposition) {
        return active && getDispositions().contains(disposition);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public String getPolicyRef() {
        return policyRef;
    }

    public Set<Disposition> getDispositions() {
        EnumSet<Disposition> set = EnumSet.noneOf(Disposition.class);
        Arrays.stream(dispositions.split(",")).filter(s -> !s.isBlank()).map(Disposition::valueOf).forEach(set::add);
        return set;
    }

    public String getStatementCategory() {
        return statementCategory;
    }

    public StatementGround getStatementGround() {
        return statementGround;
    }

    public @Nullable String getLegalGround() {
        return legalGround;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
