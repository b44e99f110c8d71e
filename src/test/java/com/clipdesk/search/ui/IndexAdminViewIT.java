package com.clipdesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.search.IndexAdmin;
import com.clipdesk.staff.Role;
import com.clipdesk.support.GridRows;
import com.clipdesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The index page with the real service and index; slow batches as in IndexAdminIT (same context). */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"clipdesk.search.rebuild.batch-size=5", "clipdesk.search.rebuild.pause-per-batch=40ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexAdminViewIT extends KaribuSupport {

    @Autowired
    TestData data;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeAll
    void fixtures() {
        data.markets("BR");
        Episode episode = data.episode("Index View " + System.nanoTime(), 2400);
        Member creator = data.member("BR");
        for (int i = 0; i < 80; i++) {
            data.moment(episode, creator, "index view fixture " + i, Set.of("BR"));
        }
    }

    @Test
    void aLostIndexShowsADifferenceAndRebuildAllRestoresItWithProgressAndASummary() {
        Search.mapping(entityManagerFactory).scope(Object.class).workspace().purge();
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("search/index");

        Grid<IndexAdmin.Count> grid = countsGrid();
        IndexAdmin.Count moments = GridRows.of(grid).getFirst();
        assertThat(moments.inIndex()).isZero();
        assertThat(text(GridKt._getCellComponent(grid, 0, "difference"))).endsWith("missing");

        _click(_get(Button.class, spec -> spec.withText("Rebuild all")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-index-progress")).getText())
                .startsWith("Rebuilding all entities: ");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(IndexAdminView.POLL_MILLIS);

        // no second start while it runs (the service refuses one from elsewhere: IndexAdminIT)
        assertThat(_get(Button.class, spec -> spec.withText("Rebuild all")).isEnabled()).isFalse();
        assertThat(GridKt._getCellComponent(grid, 1, "action").getElement().isEnabled()).isFalse();

        pollUntilFinished();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-index-summary")).getText())
                .matches("All entities: [\\d,]+ documents in \\d+\\.\\d s, [\\d,]+/s .*");
        assertThat(_find(ProgressBar.class)).as("progress hidden").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(GridRows.of(countsGrid())).allSatisfy(c -> assertThat(c.difference()).isZero());
        assertThat(text(GridKt._getCellComponent(countsGrid(), 0, "difference"))).isEqualTo("0");
    }

    @Test
    void cancelStopsTheRebuildAndTheSummarySaysSo() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("search/index");
        _click(GridKt._getCellComponent(countsGrid(), 0, "action") instanceof Button b ? b : null);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Button cancel = _get(Button.class, spec -> spec.withClasses("cd-index-cancel"));
        _click(cancel);
        pollUntilFinished();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("cd-index-summary")).getText())
                .startsWith("Moments: Cancelled after ");

        // leave the index whole for the other tests of this context
        _click(_get(Button.class, spec -> spec.withText("Rebuild all")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        pollUntilFinished();
    }

    @Test
    void measureShowsTheCommitToSearchableLatency() {
        signInAs(Set.of(Role.ADMIN), "*");
        UI.getCurrent().navigate("search/index");
        _click(_get(Button.class, spec -> spec.withText("Measure")));
        assertThat(_get(Span.class, spec -> spec.withClasses("cd-index-latency")).getText())
                .matches("Last measured: [\\d,]+ ms \\(Moment #\\d+, .* UTC\\)");
    }

    private void pollUntilFinished() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!_find(ProgressBar.class).isEmpty()) {
            assertThat(System.nanoTime()).as("rebuild finished in time").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<IndexAdmin.Count> countsGrid() {
        return _get(Grid.class);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getText();
    }
}
