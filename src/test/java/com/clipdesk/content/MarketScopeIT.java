package com.clipdesk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.report.ReportService;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * A moderator scoped to BR and MX must not see or act on an item visible only in FR, whatever id
 * they ask for; an item visible in FR and BR is theirs.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketScopeIT {

    @Autowired
    TestData data;

    @Autowired
    ContentService content;

    @Autowired
    ReportService reports;

    long frOnly;
    long frAndBr;
    long frSubmission;
    String marker;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "MX", "FR");
        marker = "scope-" + System.nanoTime();
        Episode episode = data.episode("Scope Test " + marker, 1800);
        Member creator = data.member("FR");
        frOnly = data.moment(episode, creator, marker + " only in France", Set.of("FR")).getId();
        frAndBr = data.moment(episode, creator, marker + " in France and Brazil", Set.of("FR", "BR")).getId();
        frSubmission = data.submission(episode, creator, marker + " theory", Set.of("FR")).getId();
        data.report(ContentKind.MOMENT, frOnly, creator, ReportReason.SPOILER, "FR");
        data.report(ContentKind.MOMENT, frAndBr, creator, ReportReason.HARASSMENT, "BR");
    }

    @Test
    void moderatorInBrazilAndMexicoCannotOpenAFrenchOnlyMoment() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> {
            assertThatThrownBy(() -> content.moment(frOnly)).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> content.submission(frSubmission)).isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> content.subject(ContentKind.MOMENT, frOnly))
                    .isInstanceOf(OutOfScopeException.class);
            assertThat(content.moment(frAndBr).caption()).contains("France and Brazil");
        });
    }

    @Test
    void listsOnlyShowItemsInScope() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> {
            var ids = content.moments(ContentFilter.none(), PageRequest.of(0, 500)).map(MomentRow::id).toList();
            assertThat(ids).contains(frAndBr).doesNotContain(frOnly);
            var fr = new ContentFilter("FR", null, null, null, null);
            assertThat(content.moments(fr, PageRequest.of(0, 500)).map(MomentRow::id).toList())
                    .as("asking for FR explicitly still respects the scope")
                    .doesNotContain(frOnly);
        });
        AsStaff.run(Set.of(Role.CURATOR), Set.of("FR"), () -> {
            var ids = content.moments(ContentFilter.none(), PageRequest.of(0, 500)).map(MomentRow::id).toList();
            assertThat(ids).contains(frOnly, frAndBr);
        });
    }

    @Test
    void reportsFollowTheMarketTheyWereFiledIn() {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR", "MX"), () -> {
            assertThat(reports.reportsOn(ContentKind.MOMENT, frAndBr)).hasSize(1);
            assertThat(reports.reportsOn(ContentKind.MOMENT, frOnly)).isEmpty();
            assertThat(reports.openReportCounts()).allMatch(c -> Set.of("BR", "MX").contains(c.market()));
        });
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), () ->
                assertThat(reports.reportsOn(ContentKind.MOMENT, frOnly)).hasSize(1));
    }

    @Test
    void curatorsAndPolicyAdminsDoNotReadReports() {
        AsStaff.run(Set.of(Role.CURATOR), Set.of("FR"), () -> {
            assertThatThrownBy(() -> reports.reportsOn(ContentKind.MOMENT, frOnly))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(reports.canRead()).isFalse();
        });
        AsStaff.run(Set.of(Role.POLICY_ADMIN), Set.of("*"), () -> assertThatThrownBy(
                () -> reports.countReports(com.clipdesk.report.ReportFilter.none()))
                .isInstanceOf(AccessDeniedException.class));
    }
}
