package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReasonCodeView;
import com.clipdesk.review.ReasonCodes;
import com.clipdesk.review.StatementCategoryList;
import com.clipdesk.review.StatementGround;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReasonCodesViewIT extends KaribuSupport {

    @Autowired
    ReasonCodes reasonCodes;

    @Test
    void aPolicyAdminAddsACodeFromTheForm() {
        signInAs(Set.of(Role.POLICY_ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        String code = "VIEW_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        _click(_get(Button.class, spec -> spec.withText("New reason code")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Impersonation");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Policy reference")), "Community Guidelines 4.4");
        dispositions().setValue(Set.of(Disposition.REMOVE));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        ReasonCodeView saved = find(code);
        assertThat(saved.label()).isEqualTo("Impersonation");
        assertThat(saved.dispositions()).containsExactly(Disposition.REMOVE);
        assertThat(grid().getGenericDataView().getItems()).extracting(ReasonCodeView::code).contains(code);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).isEnabled())
                .as("the saved code is now edited, and its code is fixed").isFalse();
    }

    @Test
    void anAdminGivesACodeAnIllegalContentGroundAndMustNameTheLaw() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        String code = "DSA_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        _click(_get(Button.class, spec -> spec.withText("New reason code")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Terrorist content");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Policy reference")), "Community Guidelines 3.2");
        dispositions().setValue(Set.of(Disposition.REMOVE));
        @SuppressWarnings("unchecked")
        ComboBox<StatementCategoryList.Choice> category = _get(ComboBox.class, spec -> spec.withLabel("DSA category"));
        assertThat(category.getValue().code()).as("new codes start as other violations of our terms")
                .isEqualTo("STATEMENT_CATEGORY_OTHER_VIOLATION_TC");
        category.setValue(category.getListDataView().getItems()
                .filter(c -> c.code().equals("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StatementGround> ground = _get(RadioButtonGroup.class, spec -> spec.withLabel("Ground"));
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Law relied on"))).as("no law to name for our terms")
                .isEmpty();
        ground.setValue(StatementGround.ILLEGAL);
        TextArea law = _get(TextArea.class, spec -> spec.withLabel("Law relied on"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(law.isInvalid()).isTrue();
        assertThat(law.getErrorMessage()).startsWith("Name the law the content breaks");
        assertThat(reasonCodes(code)).as("nothing saved").isEmpty();

        _setValue(law, "Regulation (EU) 2021/784, Art. 2(7)");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        ReasonCodeView saved = find(code);
        assertThat(saved.statementCategory()).isEqualTo("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
        assertThat(saved.statementGround()).isEqualTo(StatementGround.ILLEGAL);
        assertThat(saved.legalGround()).isEqualTo("Regulation (EU) 2021/784, Art. 2(7)");
    }

    private List<ReasonCodeView> reasonCodes(String code) {
        AtomicReference<List<ReasonCodeView>> found = new AtomicReference<>();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> found.set(reasonCodes.all().stream()
                .filter(r -> r.code().equals(code)).toList()));
        return found.get();
    }

    @Test
    void invalidInputIsShownOnTheFieldsAndNothingIsSaved() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        List<ReasonCodeView> before = reasonCodes.all();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "no spaces please");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Something");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("capital letters");
        TextField policy = _get(TextField.class, spec -> spec.withLabel("Policy reference"));
        assertThat(policy.isInvalid()).isTrue();
        assertThat(policy.getErrorMessage()).startsWith("Name the policy clause");
        assertThat(dispositions().isInvalid()).isTrue();
        assertThat(dispositions().getErrorMessage()).isEqualTo("Choose at least one decision this reason may go with");
        assertThat(reasonCodes.all()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsExplainedOnTheCodeField() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "HARASSMENT");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Bullying");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Policy reference")), "CG 4.2");
        dispositions().setValue(Set.of(Disposition.REMOVE));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.getErrorMessage()).isEqualTo(
                "Reason code HARASSMENT exists already; edit it, or reactivate it if it is out of use.");
        assertThat(find("HARASSMENT").label()).isEqualTo("Harassment");
    }

    @Test
    void anAdminEditsAndDeactivatesAfterConfirming() {
        String code = created();
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        select(code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Edited in the view");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(find(code).label()).isEqualTo("Edited in the view");

        _click(_get(Button.class, spec -> spec.withText("Deactivate")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Deactivate " + code + "?");
        assertThat(find(code).active()).as("nothing happens before confirming").isTrue();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(find(code).active()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withText("Activate")).isVisible()).isTrue();
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        String code = created();
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/reason-codes");
        select(code);
        ReasonCodeView seen = find(code);
        AsStaff.run(Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> reasonCodes.update(code, seen.version(),
                "Changed elsewhere", seen.description(), seen.policyRef(), seen.dispositions(), seen.sortOrder()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Label")), "Mine");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> String.valueOf(n.getElement().getProperty("text"))
                .contains("was changed by test-[POLICY_ADMIN]"));
        assertThat(find(code).label()).isEqualTo("Changed elsewhere");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Label")).getValue()).isEqualTo("Changed elsewhere");
    }

    private String created() {
        String code = "VIEW_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> reasonCodes.create(code, "View test", "", "CG 1",
                Set.of(Disposition.KEEP), 900));
        return code;
    }

    private ReasonCodeView find(String code) {
        AtomicReference<ReasonCodeView> found = new AtomicReference<>();
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> found.set(reasonCodes.all().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow()));
        return found.get();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReasonCodeView> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Disposition> dispositions() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Allowed with"));
    }

    private static void select(String code) {
        grid().select(grid().getGenericDataView().getItems().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow());
    }
}
