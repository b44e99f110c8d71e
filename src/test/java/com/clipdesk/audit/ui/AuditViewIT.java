package com.clipdesk.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.audit.AuditChainChecks;
import com.clipdesk.audit.AuditEvent;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.audit.AuditLog.AuditFilter;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewIT extends KaribuSupport {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChainChecks checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeAll
    void events() {
        var tx = new TransactionTemplate(transactionManager);
        AsStaff.run("view-policy", Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> tx.executeWithoutResult(s -> {
            audit.record("VIEW_TEST_EDITED", "MOMENT", 4242, "ZZ", "Caption \"Hi, there\"\nsecond line");
            audit.record("VIEW_TEST_EDITED", "POLICY_VERSION", 7, "YY", "plain");
        }));
        AsStaff.run("view-other", Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> tx.executeWithoutResult(s ->
                audit.record("VIEW_TEST_OTHER", "MOMENT", 4243, "ZZ", "other")));
    }

    @AfterEach
    void tearDown() {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEvent> rows() {
        return GridRows.of(_get(Grid.class));
    }

    @Test
    void filtersComeFromTheUrlAndNarrowTheGrid() {
        signInAs(Set.of(Role.AUDITOR), "*");
        UI.getCurrent().navigate("audit", QueryParameters.fromString("market=ZZ&actor=view-"));
        assertThat(rows()).extracting(AuditEvent::getAction).containsExactly("VIEW_TEST_OTHER", "VIEW_TEST_EDITED");

        UI.getCurrent().navigate("audit", QueryParameters.fromString("actor=view_"));
        assertThat(rows()).as("_ is no wildcard").isEmpty();

        UI.getCurrent().navigate("audit",
                QueryParameters.fromString("market=ZZ&action=VIEW_TEST_EDITED&kind=MOMENT&subject=4242"));
        var view = _get(AuditView.class);
        assertThat(view.action.getValue()).isEqualTo("VIEW_TEST_EDITED");
        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("view-policy");
            assertThat(e.getSeq()).as("read back sealed").isNotNull();
        });
        assertThat(AuditView.subjectHref("MOMENT", "4242", "ZZ")).isEqualTo("moments/4242");
        assertThat(AuditView.subjectHref("POLICY_VERSION", "7", "YY")).isEqualTo("policies/YY");
        assertThat(AuditView.subjectHref("STRIKE", "7", null)).isNull();

        view.market.setValue("YY");
        view.subjectKind.clear();
        view.subjectId.clear();
        assertThat(rows()).extracting(AuditEvent::getSummary).containsExactly("plain");
        assertThat(_find(ChainStatus.class)).as("auditors do not verify").isEmpty();
    }

    @Test
    void csvExportQuotesCommasQuotesAndLineBreaksAndIsAudited() {
        AsStaff.run("export-auditor", Set.of(Role.AUDITOR), Set.of("*"), () -> {
            var out = new StringWriter();
            long rows = audit.exportCsv(new AuditFilter(null, "VIEW_TEST_EDITED", null, null, "ZZ", null, null), out);
            assertThat(rows).isEqualTo(1);
            String[] lines = out.toString().split("\r\n", -1);
            assertThat(lines[0]).isEqualTo("seq,id,occurred_at,actor,action,subject_kind,subject_id,market,summary,hash");
            assertThat(out.toString()).contains(",view-policy,VIEW_TEST_EDITED,MOMENT,4242,ZZ,"
                    + "\"Caption \"\"Hi, there\"\"\nsecond line\",");
            assertThat(out.toString()).endsWith("\r\n");
        });
        assertThat(jdbc.sql("select summary from audit_event where action = 'AUDIT_EXPORTED' and actor = 'export-auditor'")
                .query(String.class).list()).singleElement().asString()
                .contains("action VIEW_TEST_EDITED", "market ZZ");
    }

    @Test
    void anAdminVerifiesTheChainFromThePage() throws InterruptedException {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("audit");
        var status = _get(ChainStatus.class);
        status.verify.click();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (checks.current().map(r -> !r.finished()).orElse(true) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        status.show();
        assertThat(status.status.getText()).contains("last verified", "Intact:");
        assertThat(status.verify.isEnabled()).isTrue();
        assertThat(rows().getFirst().getAction()).as("the grid shows the run's own event").isEqualTo("AUDIT_CHAIN_VERIFIED");
    }
}
