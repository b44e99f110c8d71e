package com.clipdesk.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.CatalogService;
import com.clipdesk.catalog.MarketChange;
import com.clipdesk.catalog.MarketView;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
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
class MarketsViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    CatalogService catalog;

    @Autowired
    AuditLog audit;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR", "KR");
    }

    @Test
    void invalidLocaleIsExplainedOnTheFieldAndNothingIsSaved() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("markets");
        MarketView before = market("KR");
        select("KR");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Locale")), "korean");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Republic of Korea");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        TextField locale = _get(TextField.class, spec -> spec.withLabel("Locale"));
        assertThat(locale.isInvalid()).isTrue();
        assertThat(locale.getErrorMessage()).contains("pt-BR");
        assertThat(market("KR")).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void aChangeMadeMeanwhileBySomeoneElseIsNotOverwritten() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("markets");
        select("MX");
        MarketView seen = market("MX");
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () -> catalog.updateMarket("MX",
                new MarketChange("México (edited elsewhere)", seen.locale(), seen.timeZone(), seen.version())));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Mexico (mine)");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> String.valueOf(n.getElement().getProperty("text")).contains("changed by"));
        assertThat(market("MX").name()).isEqualTo("México (edited elsewhere)");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue())
                .as("the form shows the current values again").isEqualTo("México (edited elsewhere)");
    }

    @Test
    void preModerationIsAPolicyRuleNotAMarketSetting() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("markets");
        select("FR");
        assertThat(_find(Checkbox.class)).as("set in the sharing policies").isEmpty();
        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText())
                .contains("which fandom submissions wait for review, is the market's sharing policy"));
    }

    @SuppressWarnings("unchecked")
    private static void select(String code) {
        Grid<MarketView> grid = _get(Grid.class);
        MarketView row = grid.getGenericDataView().getItems().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow();
        grid.select(row);
    }

    private MarketView market(String code) {
        return catalog.markets().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
