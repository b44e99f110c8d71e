package com.clipdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.staff.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The rules of managing reason codes: validation, duplicates, concurrent edits, audit, roles. */
@SpringBootTest
@ActiveProfiles("test")
class ReasonCodesIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ReasonCodes reasonCodes;

    @Autowired
    AuditLog audit;

    @Test
    void aPolicyAdminAddsACodeThatReviewersThenSeeAndTheAdditionIsAudited() {
        String code = newCode();
        ReasonCodeView created = Staff.as("paula", Role.POLICY_ADMIN, () -> reasonCodes.create(code, " Doxxing ",
                "Shares someone's private address or phone number.", "Community Guidelines 4.3",
                EnumSet.of(Disposition.REMOVE, Disposition.ESCALATE), 95));

        assertThat(created.label()).isEqualTo("Doxxing");
        assertThat(created.active()).isTrue();
        assertThat(Staff.as("mo", Role.MODERATOR, () -> reasonCodes.activeFor(Disposition.REMOVE)))
                .extracting(ReasonCodeView::code).contains(code);
        assertThat(Staff.as("mo", Role.MODERATOR, () -> reasonCodes.activeFor(Disposition.KEEP)))
                .extracting(ReasonCodeView::code).doesNotContain(code);
        assertThat(events("REASON_CODE_CREATED", code)).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("paula");
            assertThat(e.getSummary()).contains("Doxxing", "Community Guidelines 4.3");
        });
    }

    @Test
    void invalidInputIsExplainedPerFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.create("hate speech", "", "",
                " ", Set.of(), 10)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(messages(e))
                        .containsEntry("code", "A code is 2 to 40 capital letters, digits or _, starting with a "
                                + "letter, e.g. HATE_SPEECH")
                        .containsEntry("label", "Enter the label reviewers pick")
                        .containsEntry("policyRef", "Name the policy clause this reason applies, e.g. "
                                + "Community Guidelines 4.1")
                        .containsEntry("dispositions", "Choose at least one decision this reason may go with"));
        String longLabel = "x".repeat(ReasonCode.LABEL_MAX + 1);
        String code = newCode();
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.create(code, longLabel, "",
                "CG 1", Set.of(Disposition.KEEP), 10)))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(messages(e)).containsEntry("label", "At most 120 characters"));
        assertThat(Staff.as("ada", Role.ADMIN, () -> reasonCodes.all())).extracting(ReasonCodeView::code)
                .doesNotContain(code, "hate speech");
    }

    @Test
    void aCodeThatExistsIsNotAddedTwice() {
        ReasonCodeView before = seeded("SPAM");
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.create("SPAM", "Spam again", "",
                "CG 9", Set.of(Disposition.REMOVE), 1)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.getMessage()).isEqualTo("Reason code SPAM exists already; edit it, or reactivate "
                            + "it if it is out of use.");
                });
        assertThat(seeded("SPAM")).isEqualTo(before);
    }

    @Test
    void anEditOverAChangeMadeMeanwhileNamesWhoChangedItAndSavesNothing() {
        String code = create();
        ReasonCodeView seen = find(code);
        Staff.as("olga", Role.POLICY_ADMIN, () -> reasonCodes.update(code, seen.version(), "Olga's label",
                seen.description(), seen.policyRef(), seen.dispositions(), seen.sortOrder()));

        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, seen.version(),
                "Ada's label", seen.description(), seen.policyRef(), seen.dispositions(), seen.sortOrder())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("Reason code " + code + " was changed by olga since you opened it. Nothing was saved; "
                        + "it has been reloaded.");
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.setActive(code, seen.version(),
                false))).isInstanceOf(ConcurrentEditException.class);
        assertThat(find(code).label()).isEqualTo("Olga's label");
        assertThat(find(code).active()).isTrue();
        assertThat(events("REASON_CODE_UPDATED", code)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("Olga's label"));
    }

    @Test
    void anUpdateChangesEverythingButTheCodeAndIsAudited() {
        String code = create();
        ReasonCodeView seen = find(code);
        ReasonCodeView saved = Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, seen.version(),
                "Renamed", "New description", "Fandom Guidelines 9", EnumSet.of(Disposition.KEEP), 7));

        assertThat(saved).isEqualTo(find(code));
        assertThat(saved.label()).isEqualTo("Renamed");
        assertThat(saved.policyRef()).isEqualTo("Fandom Guidelines 9");
        assertThat(saved.dispositions()).containsExactly(Disposition.KEEP);
        assertThat(saved.sortOrder()).isEqualTo(7);
        assertThat(saved.version()).isGreaterThan(seen.version());
        assertThat(events("REASON_CODE_UPDATED", code)).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("ada"));
    }

    @Test
    void aDeactivatedCodeStaysListedButIsNoLongerOfferedOrAcceptedAndCanComeBack() {
        String code = create();
        ReasonCodeView off = Staff.as("ada", Role.ADMIN, () -> reasonCodes.setActive(code, find(code).version(),
                false));

        assertThat(off.active()).isFalse();
        assertThat(find(code).active()).isFalse();
        assertThat(Staff.as("mo", Role.MODERATOR, () -> reasonCodes.activeFor(Disposition.REMOVE)))
                .extracting(ReasonCodeView::code).doesNotContain(code);
        assertThatThrownBy(() -> reasonCodes.require(code, Disposition.REMOVE))
                .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("no longer in use");
        assertThat(events("REASON_CODE_DEACTIVATED", code)).hasSize(1);

        Staff.as("ada", Role.ADMIN, () -> reasonCodes.setActive(code, off.version(), true));
        assertThat(find(code).active()).isTrue();
        assertThat(events("REASON_CODE_ACTIVATED", code)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdminsAndPolicyAdminsEditReasonCodes(Role role) {
        boolean editor = role == Role.ADMIN || role == Role.POLICY_ADMIN;
        String code = newCode();
        Runnable create = () -> Staff.as("someone", role, () -> reasonCodes.create(code, "Label", "", "CG 1",
                Set.of(Disposition.KEEP), 1));
        String existing = create();
        ReasonCodeView seen = find(existing);
        Runnable update = () -> Staff.as("someone", role, () -> reasonCodes.update(existing, seen.version(), "L",
                "", "CG 1", Set.of(Disposition.KEEP), 1));
        Runnable deactivate = () -> Staff.as("someone", role, () -> reasonCodes.setActive(existing, seen.version(),
                false));
        if (editor) {
            create.run();
            assertThat(find(code).code()).isEqualTo(code);
            update.run();
            Staff.as("someone", role, () -> reasonCodes.setActive(existing, find(existing).version(), false));
            assertThat(find(existing).active()).isFalse();
        } else {
            for (Runnable call : new Runnable[] {create, update, deactivate}) {
                assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(Staff.as("ada", Role.ADMIN, () -> reasonCodes.all())).extracting(ReasonCodeView::code)
                    .doesNotContain(code);
            assertThat(find(existing)).isEqualTo(seen);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyReviewRoleReadsTheCodesButCuratorsDoNot(Role role) {
        if (role == Role.CURATOR) {
            assertThatThrownBy(() -> Staff.as("c", role, () -> reasonCodes.all()))
                    .isInstanceOf(AccessDeniedException.class);
        } else {
            assertThat(Staff.as("r", role, () -> reasonCodes.all())).extracting(ReasonCodeView::code)
                    .contains("NO_VIOLATION", "HATE_SPEECH");
        }
    }

    @Test
    void aCodeSaysWhatItsStatementsOfReasonsSayAndOnlyWithAValidCategoryAndANamedLaw() {
        String code = newCode();
        ReasonCodeView created = Staff.as("ada", Role.ADMIN, () -> reasonCodes.create(code, "Terror content",
                "Glorifies a terrorist attack.", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96,
                new StatementMapping("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", StatementGround.ILLEGAL,
                        " Regulation (EU) 2021/784, Art. 2(7) ")));
        assertThat(created.statementCategory()).isEqualTo("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
        assertThat(created.statementGround()).isEqualTo(StatementGround.ILLEGAL);
        assertThat(created.legalGround()).isEqualTo("Regulation (EU) 2021/784, Art. 2(7)");
        assertThat(events("REASON_CODE_CREATED", code)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
                        "ILLEGAL under Regulation (EU) 2021/784"));

        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, created.version(),
                "Terror content", "", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96,
                new StatementMapping("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT", StatementGround.TERMS, null))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("not a category of the DSA Transparency Database")
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("statementCategory");
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, created.version(),
                "Terror content", "", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96,
                new StatementMapping("STATEMENT_CATEGORY_VIOLENCE", StatementGround.ILLEGAL, "  "))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Name the law")
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("legalGround");
        assertThatThrownBy(() -> Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, created.version(),
                "Terror content", "", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96,
                new StatementMapping("STATEMENT_CATEGORY_VIOLENCE", StatementGround.ILLEGAL, "x".repeat(501)))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("At most 500 characters");

        // an edit that does not name the mapping keeps it; a terms ground drops the law
        ReasonCodeView relabelled = Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, created.version(),
                "Terrorist content", "", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96));
        assertThat(relabelled.legalGround()).isEqualTo("Regulation (EU) 2021/784, Art. 2(7)");
        ReasonCodeView terms = Staff.as("ada", Role.ADMIN, () -> reasonCodes.update(code, relabelled.version(),
                "Terrorist content", "", "Community Guidelines 3.2", EnumSet.of(Disposition.REMOVE), 96,
                new StatementMapping("STATEMENT_CATEGORY_VIOLENCE", StatementGround.TERMS, "ignored")));
        assertThat(terms.statementGround()).isEqualTo(StatementGround.TERMS);
        assertThat(terms.legalGround()).isNull();
    }

    @Test
    void theSeededCodesCarrySensibleStatementMappings() {
        var all = Staff.as("ada", Role.ADMIN, () -> reasonCodes.all());
        var byCode = new java.util.HashMap<String, ReasonCodeView>();
        all.forEach(r -> byCode.put(r.code(), r));
        assertThat(byCode.get("HATE_SPEECH").statementGround()).isEqualTo(StatementGround.ILLEGAL);
        assertThat(byCode.get("HATE_SPEECH").statementCategory()).isEqualTo("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH");
        assertThat(byCode.get("COPYRIGHT").legalGround()).contains("2001/29/EC");
        assertThat(byCode.get("CHILD_SAFETY").statementCategory()).isEqualTo("STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        assertThat(byCode.get("SPOILER_UNMARKED").statementCategory()).isEqualTo("STATEMENT_CATEGORY_OTHER_VIOLATION_TC");
        assertThat(byCode.get("SPOILER_UNMARKED").statementGround()).isEqualTo(StatementGround.TERMS);
        var categories = Staff.as("ada", Role.ADMIN, () -> reasonCodes.statementCategories()).stream()
                .map(StatementCategoryList.Choice::code).toList();
        assertThat(all).allSatisfy(r -> {
            assertThat(categories).as(r.code()).contains(r.statementCategory());
            assertThat(r.statementGround() == StatementGround.ILLEGAL).as(r.code()).isEqualTo(r.legalGround() != null);
        });
    }

    private String create() {
        String code = newCode();
        Staff.as("ada", Role.ADMIN, () -> reasonCodes.create(code, "Test reason " + code, "", "Test Guidelines 1",
                EnumSet.of(Disposition.REMOVE), 500));
        return code;
    }

    private static String newCode() {
        return "TEST_" + SEQ.incrementAndGet() + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private ReasonCodeView find(String code) {
        return Staff.as("ada", Role.ADMIN, () -> reasonCodes.all()).stream().filter(r -> r.code().equals(code))
                .findFirst().orElseThrow();
    }

    private ReasonCodeView seeded(String code) {
        return find(code);
    }

    private java.util.List<com.clipdesk.audit.AuditEvent> events(String action, String code) {
        return Staff.as("auditor", Role.AUDITOR, () -> audit.find(new AuditFilter(null, action, "REASON_CODE", code,
                null, null), Pageable.unpaged()).getContent());
    }

    private static Map<String, String> messages(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a));
    }
}
