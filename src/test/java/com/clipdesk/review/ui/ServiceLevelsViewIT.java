package com.clipdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.review.ServiceLevels;
import com.clipdesk.review.ServiceLevels.ServiceLevelView;
import com.clipdesk.review.ServiceLevels.SlaReason;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceLevelsViewIT extends KaribuSupport {

    /** A market of this test only. */
    private static final String SV = "SV";

    @Autowired
    TestData data;

    @Autowired
    ServiceLevels serviceLevels;

    @BeforeAll
    void fixtures() {
        data.markets(SV);
    }

    @Test
    void aLeadAddsAMarketOverrideThatBecomesAColumnAndRemovesItAfterConfirming() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        UI.getCurrent().navigate("review/service-levels");
        assertThat(columnKeys()).doesNotContain(SV);

        _click(_get(Button.class, spec -> spec.withText("Add a market override")));
        reason().setValue(reason("SPAM"));
        market().setValue(SV);
        _setValue(hours(), 36);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(level("SPAM", SV)).map(ServiceLevelView::hours).contains(36);
        assertThat(columnKeys()).contains(SV);
        int spamRow = serviceLevels.reasons().indexOf(reason("SPAM"));
        assertThat(GridKt._getFormatted(grid(), spamRow, SV)).isEqualTo("36 h");
        assertThat(GridKt._getFormatted(grid(), spamRow, "*")).isEqualTo("72 h");

        _click(_get(Button.class, spec -> spec.withText("Remove override")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(level("SPAM", SV)).as("nothing happens before confirming").isPresent();
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(level("SPAM", SV)).isEmpty();
        assertThat(columnKeys()).doesNotContain(SV);
    }

    @Test
    void hoursOutOfRangeAreExplainedOnTheFieldAndNothingIsSaved() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/service-levels");
        List<ServiceLevelView> before = serviceLevels.all();
        reason().setValue(reason("HATE"));
        market().setValue("*");
        assertThat(hours().getValue()).as("the form shows the current hours").isEqualTo(24);
        _setValue(hours(), 900);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(hours().isInvalid()).isTrue();
        assertThat(hours().getErrorMessage()).isEqualTo("Enter 1 to 720 hours (30 days).");
        assertThat(serviceLevels.all()).isEqualTo(before);
    }

    @Test
    void aMissingMarketIsExplainedAndNothingIsSaved() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("review/service-levels");
        List<ServiceLevelView> before = serviceLevels.all();
        _click(_get(Button.class, spec -> spec.withText("Add a market override")));
        reason().setValue(reason("HATE"));
        _setValue(hours(), 6);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(market().isInvalid()).isTrue();
        assertThat(market().getErrorMessage()).isEqualTo("Choose a market, or Default");
        assertThat(serviceLevels.all()).isEqualTo(before);
    }

    private SlaReason reason(String key) {
        return serviceLevels.reasons().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private Optional<ServiceLevelView> level(String reason, String market) {
        return serviceLevels.all().stream().filter(l -> l.reason().equals(reason) && l.market().equals(market))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SlaReason> grid() {
        return _get(Grid.class);
    }

    private static List<String> columnKeys() {
        return grid().getColumns().stream().map(Grid.Column::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SlaReason> reason() {
        return _get(ComboBox.class, spec -> spec.withLabel("Reason"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> market() {
        return _get(ComboBox.class, spec -> spec.withLabel("Market"));
    }

    private static IntegerField hours() {
        return _get(IntegerField.class, spec -> spec.withLabel("Hours"));
    }
}
