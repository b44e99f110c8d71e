package com.clipdesk.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A reason code as an admin enters it; validated before anything is saved. */
record ReasonCodeChange(
        @NotBlank(message = "Enter a code such as HATE_SPEECH")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "A code is 2 to 40 capital letters, digits or _, "
                + "starting with a letter, e.g. HATE_SPEECH")
        String code,
        @NotBlank(message = "Enter the label reviewers pick")
        @Size(max = ReasonCode.LABEL_MAX, message = "At most {max} characters")
        String label,
        @NotNull @Size(max = ReasonCode.DESCRIPTION_MAX, message = "At most {max} characters")
        String description,
        @NotBlank(message = "Name the policy clause this reason applies, e.g. Community Guidelines 4.1")
        @Size(max = ReasonCode.POLICY_REF_MAX, message = "At most {max} characters")
        String policyRef,
        @NotEmpty(message = "Choose at least one decision this reason may go with")
        Set<Disposition> dispositions,
        @Min(value = 0, message = "Use 0 to 9999") @Max(value = 9999, message = "Use 0 to 9999")
        int sortOrder,
        @NotBlank(message = "Choose the DSA category statements of reasons give")
        String statementCategory,
        @NotNull(message = "Choose the ground: illegal content or incompatible with our terms")
        StatementGround statementGround,
        @Size(max = ReasonCode.LEGAL_GROUND_MAX, message = "At most {max} characters (the Transparency Database's limit)")
        @Nullable String legalGround) {}
