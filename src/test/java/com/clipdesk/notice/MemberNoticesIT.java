package com.clipdesk.notice;

import static com.clipdesk.takedown.TakedownFixtures.everywhere;
import static com.clipdesk.takedown.TakedownFixtures.inMarkets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.TestData;
import com.clipdesk.appeal.AppealDecided;
import com.clipdesk.appeal.AppealOutcome;
import com.clipdesk.appeal.AppealedDecision;
import com.clipdesk.audit.AuditLog;
import com.clipdesk.catalog.Episode;
import com.clipdesk.content.ContentKind;
import com.clipdesk.member.Member;
import com.clipdesk.report.ReportReason;
import com.clipdesk.review.CaseFixtures;
import com.clipdesk.review.Decision;
import com.clipdesk.review.Disposition;
import com.clipdesk.review.ReviewService;
import com.clipdesk.shared.ConcurrentEditException;
import com.clipdesk.shared.OutOfScopeException;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import com.clipdesk.takedown.TakedownService;
import com.clipdesk.takedown.TakedownView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices to members: rendering per language, the decisions that write them, template edits, who may. */
@SpringBootTest
@ActiveProfiles("test")
class MemberNoticesIT {

    private static final Set<Role> LEAD = Set.of(Role.LEAD_MODERATOR);
    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> POLICY = Set.of(Role.POLICY_ADMIN);

    @Autowired
    TestData data;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    TakedownService takedowns;

    @Autowired
    NoticeService notices;

    @Autowired
    NoticeTemplates templates;

    @Autowired
    ReviewService review;

    @Autowired
    CaseFixtures cases;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    Episode episode;

    @BeforeEach
    void markets() {
        fixtures.market("US", "en-US");
        fixtures.market("BR", "pt-BR");
        fixtures.market("MX", "es-MX");
        fixtures.market("FR", "fr-FR");
        fixtures.market("DE", "de-DE");
        fixtures.market("JP", "ja-JP");
        fixtures.market("KR", "ko-KR");
        fixtures.market("IT", "it-IT");
        episode = data.episode("Notices " + System.nanoTime(), 1800);
    }

    @ParameterizedTest(name = "a member in {0} reads {1}")
    @CsvSource({
            "US, en, France, Your content was taken down, How to appeal: reply within 6 months",
            "BR, pt, França, Seu conteúdo foi retirado do ar, Como recorrer: responda em até 6 meses",
            "MX, es, Francia, Retiramos tu contenido, Cómo apelar: responde en un plazo de 6 meses",
            "FR, fr, France, Votre contenu a été retiré, Comment contester : répondez dans un délai de 6 mois",
            "DE, de, Frankreich, Dein Inhalt wurde gesperrt, So legst du Einspruch ein: antworte innerhalb von 6 Monaten",
            "JP, ja, フランス, 投稿したコンテンツの公開を停止しました, 異議申し立ての方法：6か月以内に",
            "KR, ko, 프랑스, 게시한 콘텐츠의 게시가 중단되었습니다, 이의 제기 방법: 6개월 이내에",
            "IT, en, France, Your content was taken down, How to appeal: reply within 6 months"})
    void aTakedownNoticeIsWrittenInTheLanguageOfTheMembersHomeMarket(String home, String language, String france,
            String subject, String appeal) {
        Member creator = data.member(home);
        long moment = data.moment(episode, creator, "A caption that is long enough to be cut somewhere after sixty "
                + "characters", new java.util.TreeSet<>(List.of("FR", "DE", home))).getId();

        TakedownView takedown = as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));

        NoticeRow notice = as(ADMIN, () -> notices.toMember(creator.getId(), 10)).getFirst();
        assertThat(notice.language()).isEqualTo(language);
        assertThat(notice.kind()).isEqualTo(NoticeKind.TAKEN_DOWN);
        assertThat(notice.subject()).isEqualTo(subject + (language.equals("ja") ? "（" : " (") + "takedown #"
                + takedown.id() + (language.equals("ja") ? "）" : ")"));
        assertThat(notice.body()).contains(france, appeal, "StGB § 130 (DE)", "Incites hatred against a group.",
                "takedown #" + takedown.id(), "A caption that is long enough to be cut somewhere after", "…");
        assertThat(notice.body()).doesNotContain("{{", "}}");
    }

    @Test
    void aTakedownInFranceOnlyTellsTheCreatorItIsDownInFrance() {
        Member creator = data.member("US");
        Member reporter = data.member("US");
        long moment = data.moment(episode, creator, "french cut", Set.of("FR", "DE", "US")).getId();

        TakedownView takedown = as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR")));

        List<NoticeRow> onItem = as(ADMIN, () -> notices.onItem(ContentKind.MOMENT, moment));
        assertThat(onItem).singleElement().satisfies(n -> {
            assertThat(n.memberId()).isEqualTo(creator.getId());
            assertThat(n.kind()).isEqualTo(NoticeKind.TAKEN_DOWN);
            assertThat(n.decisionReference()).isEqualTo("takedown #" + takedown.id());
            assertThat(n.body()).contains("Where: France\n", "Decision: Taken down",
                    "Ground: Illegal content under StGB § 130 (DE)", "Moment “french cut”");
            assertThat(n.body()).doesNotContain("Germany", "United States");
        });
        assertThat(as(ADMIN, () -> notices.toMember(reporter.getId(), 10))).isEmpty();
    }

    @Test
    void narrowingAndLiftingATakedownWriteTheirNotices() {
        Member creator = data.member("DE");
        long moment = data.moment(episode, creator, "überall", Set.of("FR", "DE", "US")).getId();
        TakedownView applied = as(LEAD, () -> takedowns.takeDown(everywhere(ContentKind.MOMENT, moment)));
        TakedownView narrowed = as(LEAD, () -> takedowns.narrow(applied.id(), applied.version(), Set.of("DE"),
                "Only unlawful in Germany"));
        as(LEAD, () -> takedowns.lift(narrowed.id(), narrowed.version(), "Court ruled it lawful"));

        List<NoticeRow> rows = as(ADMIN, () -> notices.toMember(creator.getId(), 10));
        assertThat(rows).extracting(NoticeRow::kind).containsExactly(NoticeKind.TAKEDOWN_LIFTED,
                NoticeKind.TAKEDOWN_NARROWED, NoticeKind.TAKEN_DOWN);
        assertThat(rows).allSatisfy(n -> assertThat(n.language()).isEqualTo("de"));
        assertThat(rows.get(2).body()).contains("Wo: alle Länder", "Grund: Verstoß gegen unsere Nutzungsbedingungen: "
                + "ToS 4.2 Harassment");
        // the narrowing names where it stays down and repeats the takedown's ground
        assertThat(rows.get(1).body()).contains("Wo: Deutschland\n", "Only unlawful in Germany",
                "Grund: Verstoß gegen unsere Nutzungsbedingungen: ToS 4.2 Harassment", "Sperre eingeschränkt");
        assertThat(rows.get(0).body()).contains("Wo: Deutschland\n", "Sperre aufgehoben", "du musst nichts tun");
    }

    @Test
    void aReviewRemovalTellsTheCreator() {
        long caseId = cases.reportedMoments(1, Set.of("US"), "US", ReportReason.SPAM).getFirst();
        long moment = jdbc.sql("select subject_id from review_case where id = ?").param(caseId).query(Long.class).single();
        AsStaff.run("ana", Set.of(Role.MODERATOR), Set.of("*"), () -> {
            var work = review.open(caseId);
            review.decide(caseId, work.version(), Decision.of(Disposition.REMOVE, "SPAM"));
        });

        assertThat(as(ADMIN, () -> notices.onItem(ContentKind.MOMENT, moment))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.CONTENT_REMOVED);
            assertThat(n.language()).isEqualTo("en");
            assertThat(n.decisionReference()).startsWith("decision #");
            assertThat(n.body()).contains("Decision: Removed", "Where: all markets", "How to appeal:",
                    "Breach of our terms:");
        });
    }

    @Test
    void aKeepDecisionWritesNoNotice() {
        long caseId = cases.reportedMoments(1, Set.of("US"), "US", ReportReason.SPAM).getFirst();
        long moment = jdbc.sql("select subject_id from review_case where id = ?").param(caseId).query(Long.class).single();
        AsStaff.run("ana", Set.of(Role.MODERATOR), Set.of("*"), () -> {
            var work = review.open(caseId);
            review.decide(caseId, work.version(), Decision.of(Disposition.KEEP, "NO_VIOLATION"));
        });
        assertThat(as(ADMIN, () -> notices.onItem(ContentKind.MOMENT, moment))).isEmpty();
    }

    @Test
    void anAppealOutcomeGoesToTheAppellantOrElseTheCreatorWithTheRedressLeft() {
        Member creator = data.member("FR");
        Member appellant = data.member("BR");
        long moment = data.moment(episode, creator, "appealed", Set.of("FR", "BR")).getId();
        TakedownView takedown = as(LEAD, () -> takedowns.takeDown(inMarkets(ContentKind.MOMENT, moment, "FR", "BR")));

        transaction.executeWithoutResult(tx -> events.publishEvent(new AppealDecided(3, AppealedDecision.TAKEDOWN,
                takedown.id(), ContentKind.MOMENT, moment, null, AppealOutcome.UPHELD, false, Set.of("FR", "BR"),
                Set.of("FR", "BR"), "HATE_SPEECH", "The clip incites hatred.", "admin", Instant.now(),
                Set.of("FR", "BR"))));
        transaction.executeWithoutResult(tx -> events.publishEvent(new AppealDecided(4, AppealedDecision.TAKEDOWN,
                takedown.id(), ContentKind.MOMENT, moment, appellant.getId(), AppealOutcome.MODIFIED, false,
                Set.of("FR", "BR"), Set.of("FR"), "HATE_SPEECH", "Lawful in Brazil.", "admin", Instant.now(),
                Set.of("FR", "BR"))));

        NoticeRow upheld = as(ADMIN, () -> notices.toMember(creator.getId(), 10)).getFirst();
        assertThat(upheld.kind()).isEqualTo(NoticeKind.APPEAL_UPHELD);
        assertThat(upheld.decisionReference()).isEqualTo("appeal #3");
        assertThat(upheld.body()).contains("Recours rejeté : décision initiale maintenue (takedown #" + takedown.id(),
                "Brésil, France", "Contenu illicite au regard de StGB § 130 (DE)", "définitive",
                "règlement extrajudiciaire des litiges", "tribunal");
        NoticeRow modified = as(ADMIN, () -> notices.toMember(appellant.getId(), 10)).getFirst();
        assertThat(modified.kind()).isEqualTo(NoticeKind.APPEAL_MODIFIED);
        assertThat(modified.language()).isEqualTo("pt");
        assertThat(modified.body()).contains("Onde: França\n", "resolução extrajudicial de litígios", "tribunal");
    }

    @Test
    void aTemplateEditThatFailsValidationWritesNothing() {
        NoticeTemplateView template = template(NoticeKind.APPEAL_MODIFIED, "ko");

        assertThatThrownBy(() -> as(POLICY, () -> templates.save(template.id(), template.version(),
                template.subject(), template.body() + " {{member_name}} {{ item }}")))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Unknown placeholder {{member_name}}")
                .hasMessageContaining("Use only {{item}}");
        assertThatThrownBy(() -> as(POLICY, () -> templates.save(template.id(), template.version(), "  ",
                template.body())))
                .isInstanceOf(InvalidTemplateException.class)
                .satisfies(e -> assertThat(((InvalidTemplateException) e).problems())
                        .containsExactly(new InvalidTemplateException.Problem("subject", "Enter a subject.")));
        assertThatThrownBy(() -> as(POLICY, () -> templates.save(template.id(), template.version(),
                template.subject(), template.body() + "x".repeat(4000))))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("At most 4000 characters");
        assertThatThrownBy(() -> as(POLICY, () -> templates.save(template.id(), template.version(),
                template.subject(), template.body().replace("{{appeal}}", ""))))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("add {{appeal}}");
        assertThatThrownBy(() -> as(POLICY, () -> templates.save(template.id(), template.version(),
                template.subject(), template.body() + " {{date")))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("not closed");

        assertThat(template(NoticeKind.APPEAL_MODIFIED, "ko")).isEqualTo(template);
        assertThat(audit.lastEventAbout("NOTICE_TEMPLATE", template.id())).isEmpty();
    }

    @Test
    void aPreviewRendersSampleFactsInTheTemplatesLanguageBeforeSaving() {
        NoticeTemplateView template = template(NoticeKind.TAKEN_DOWN, "fr");
        RenderedNotice preview = as(POLICY, () -> templates.preview(template.kind(), "fr", "Retrait {{reference}}",
                template.body()));
        assertThat(preview.subject()).isEqualTo("Retrait takedown #12");
        assertThat(preview.body()).contains("Belgique, France", "« Personne n’avait vu venir cette fin »",
                "30 novembre 2026", "Non-respect de nos conditions : ToS 4.2 Harassment");
        assertThat(template(NoticeKind.TAKEN_DOWN, "fr")).isEqualTo(template);
    }

    @Test
    void aConcurrentEditIsRefusedAndTheSavedOneAudited() {
        NoticeTemplateView template = template(NoticeKind.TAKEDOWN_LIFTED, "ko");
        String body = template.body() + "\n감사합니다.";
        NoticeTemplateView saved = as(POLICY, () -> templates.save(template.id(), template.version(),
                template.subject(), body));
        assertThat(saved.version()).isEqualTo(template.version() + 1);
        assertThat(saved.updatedBy()).isEqualTo("test-[POLICY_ADMIN]");
        assertThat(audit.lastEventAbout("NOTICE_TEMPLATE", template.id())).get()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("NOTICE_TEMPLATE_UPDATED"));

        assertThatThrownBy(() -> as(ADMIN, () -> templates.save(template.id(), template.version(),
                template.subject(), template.body() + "\n다른 편집")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Takedown lifted (ko) was changed by test-[POLICY_ADMIN]")
                .hasMessageContaining("Nothing was saved");
        assertThat(template(NoticeKind.TAKEDOWN_LIFTED, "ko").body()).isEqualTo(body);
    }

    @Test
    void whoMayEditTemplatesAndReadNotices() {
        Member brazilian = data.member("BR");
        long moment = data.moment(episode, brazilian, "scoped", Set.of("BR")).getId();
        as(LEAD, () -> takedowns.takeDown(everywhere(ContentKind.MOMENT, moment)));
        NoticeTemplateView template = template(NoticeKind.TAKEN_DOWN, "en");

        // policy admins and admins edit templates; nobody else lists or edits them
        for (Role role : List.of(Role.MODERATOR, Role.LEAD_MODERATOR, Role.CURATOR, Role.AUDITOR)) {
            assertThatThrownBy(() -> as(Set.of(role), () -> templates.save(template.id(), template.version(),
                    "x {{reference}}", template.body()))).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(role), () -> templates.all(null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(role), () -> templates.preview(template.kind(), "en", "s",
                    template.body()))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(POLICY, () -> templates.all("en"))).hasSize(NoticeKind.values().length);
        assertThat(as(ADMIN, () -> templates.all(null))).hasSizeGreaterThanOrEqualTo(7 * NoticeKind.values().length);

        // trust-and-safety staff and auditors read notices in their markets; curators and policy admins do not
        for (Role role : List.of(Role.CURATOR, Role.POLICY_ADMIN)) {
            assertThatThrownBy(() -> as(Set.of(role), () -> notices.onItem(ContentKind.MOMENT, moment)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Set.of(role), () -> notices.toMember(brazilian.getId(), 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.MODERATOR, Role.LEAD_MODERATOR, Role.AUDITOR, Role.ADMIN)) {
            assertThat(asIn(Set.of(role), new String[] {"BR"}, () -> notices.toMember(brazilian.getId(), 10)))
                    .as(role.name()).hasSize(1);
            assertThat(asIn(Set.of(role), new String[] {"BR"}, () -> notices.onItem(ContentKind.MOMENT, moment)))
                    .hasSize(1);
        }
        String[] france = {"FR", "DE"};
        assertThatThrownBy(() -> asIn(Set.of(Role.MODERATOR), france, () -> notices.toMember(brazilian.getId(), 10)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> asIn(Set.of(Role.MODERATOR), france, () -> notices.onItem(ContentKind.MOMENT, moment)))
                .isInstanceOf(OutOfScopeException.class);
    }

    private NoticeTemplateView template(NoticeKind kind, String language) {
        return as(POLICY, () -> templates.all(language)).stream().filter(t -> t.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static <T> T as(Set<Role> roles, Supplier<T> action) {
        return asIn(roles, new String[] {"*"}, action);
    }

    private static <T> T asIn(Set<Role> roles, String[] markets, Supplier<T> action) {
        Object[] result = new Object[1];
        AsStaff.run(roles, Set.of(markets), () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
