package com.clipdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.type.NumericBooleanConverter;

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
