package com.clipdesk.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.content.ContentRef;
import com.clipdesk.ingest.ContentIngested;
import com.clipdesk.member.Member;
import com.clipdesk.review.QueueCategory;
import com.clipdesk.rules.RuleAction;
import com.clipdesk.rules.RuleMode;
import com.clipdesk.rules.RuleRow;
import com.clipdesk.rules.Rules;
import com.clipdesk.search.SavedSearches;
import com.clipdesk.search.SearchSort;
import com.clipdesk.staff.Role;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules page: a lead promotes from a saved search link; an admin enables after seeing the shadow results. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesViewIT extends KaribuSupport {

    @Autowired TestData data;
    @Autowired SavedSearches savedSearches;
    @Autowired Rules rules;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;

    String marker;

    @BeforeAll
    void fixtures() {
        data.markets("BR");
        marker = "zrv" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    }

    @AfterAll
    void removeRules() {
        jdbc.sql("delete from rule_hit where rule_id in (select id from ingest_rule where name like ?)")
                .param(marker + "%").update();
        jdbc.sql("delete from ingest_rule where name like ?").param(marker + "%").update();
    }

    @Test
    void aLeadPromotesFromTheSavedSearchLinkAndAnAdminEnablesAfterSeeingTheShadowResults() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        long saved = savedSearches.save(marker + " knives", marker + " knife", SearchSort.NEWEST, true).id();
        UI.getCurrent().navigate("rules", QueryParameters.of("promote", String.valueOf(saved)));

        @SuppressWarnings("unchecked")
        ComboBox<QueueCategory> queue = _get(ComboBox.class, spec -> spec.withLabel("Queue"));
        queue.setValue(QueueCategory.SAFETY);
        _click(_get(Button.class, spec -> spec.withText("Promote to rule (shadow)")));

        RuleRow rule = rules.list().stream().filter(r -> r.name().equals(marker + " knives")).findFirst().orElseThrow();
        assertThat(rule.mode()).isEqualTo(RuleMode.SHADOW);
        assertThat(rule.actionLabel()).isEqualTo("Route to queue Safety");
        assertThat(_find(Button.class, spec -> spec.withText("Enable…"))).as("leads never enable").isEmpty();

        Episode episode = data.episode("Rules view " + marker, 1800);
        Member creator = data.member("BR");
        long moment = data.moment(episode, creator, marker + " knife on the table", Set.of("BR")).getId();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(
                new ContentIngested(new ContentRef(ContentKind.MOMENT, moment), "x-" + moment, Set.of("BR"),
                        Instant.now())));

        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("rules");
        @SuppressWarnings("unchecked")
        Grid<RuleRow> grid = _find(Grid.class).getFirst();
        grid.select(grid.getGenericDataView().getItems().filter(r -> r.id() == rule.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Enable…")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(rules.get(rule.id()).mode()).as("nothing before confirming").isEqualTo(RuleMode.SHADOW);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(rules.get(rule.id()).mode()).isEqualTo(RuleMode.ENABLED);
        assertThat(rules.hits(rule.id(), 0, 10)).singleElement()
                .satisfies(h -> assertThat(h.itemId()).isEqualTo(moment));
    }

    @Test
    void aRouteWithoutAQueueIsExplainedAndNothingIsCreated() {
        signInAs(Set.of(Role.LEAD_MODERATOR), "*");
        long saved = savedSearches.save(marker + " noqueue", marker + " x", SearchSort.NEWEST, false).id();
        UI.getCurrent().navigate("rules", QueryParameters.of("promote", String.valueOf(saved)));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RuleAction> action = _get(RadioButtonGroup.class);
        action.setValue(RuleAction.ROUTE_TO_QUEUE);
        _click(_get(Button.class, spec -> spec.withText("Promote to rule (shadow)")));

        @SuppressWarnings("unchecked")
        ComboBox<QueueCategory> queue = _get(ComboBox.class, spec -> spec.withLabel("Queue"));
        assertThat(queue.isInvalid()).isTrue();
        assertThat(queue.getErrorMessage()).isEqualTo("Choose the queue the rule routes to");
        List<RuleRow> all = rules.list();
        assertThat(all).noneMatch(r -> r.name().equals(marker + " noqueue"));
    }
}
