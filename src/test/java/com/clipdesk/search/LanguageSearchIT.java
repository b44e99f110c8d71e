package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.catalog.Title;
import com.clipdesk.content.FandomSubmission;
import com.clipdesk.content.Moment;
import com.clipdesk.content.SubmissionKind;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each language's analyzer finds its documents' words (Japanese and Korean words without spaces,
 * word forms, folded accents), and a query without lang: finds them in every language.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSearchIT {

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    String marker;
    long japanese;
    long japaneseVerb;
    long korean;
    long spanish;
    long portuguese;
    long english;
    long french;
    long german;

    @BeforeAll
    void fixtures() {
        data.markets("JP", "KR", "ES", "BR", "US", "FR", "DE");
        marker = "zq" + Long.toString(System.nanoTime(), 36);
        Episode episode = data.episode("Lantern " + marker, 1800);
        Member creator = data.member("JP");
        japanese = moment(episode, creator, marker + " 最終回のネタバレ注意", "ja", "JP");
        japaneseVerb = submission(episode, creator, marker + " 昨日ケーキを食べた", "ja", "JP");
        korean = moment(episode, creator, marker + " 마지막 화 스포일러를 주의하세요", "ko", "KR");
        spanish = moment(episode, creator, marker + " el final de la temporada", "es", "ES");
        portuguese = submission(episode, creator, marker + " Pelé aparece nos episódios finais", "pt-BR", "BR");
        english = moment(episode, creator, marker + " the final scenes of Ana's season", "en", "US");
        french = moment(episode, creator, marker + " la fin de l'épisode", "fr", "FR");
        german = moment(episode, creator, marker + " die letzten Folgen der Staffel", "de", "DE");
    }

    @Test
    void japaneseWordsAreFoundWithoutSpacesAndInTheirBaseForm() {
        asAdmin(() -> {
            assertThat(ids("最終回")).containsExactly(japanese);
            assertThat(ids("ネタバレ")).containsExactly(japanese);
            assertThat(ids("\"最終回のネタバレ\"")).containsExactly(japanese);
            // kuromoji's base form: the past tense 食べた is found by the dictionary form 食べる
            assertThat(ids("食べる")).containsExactly(japaneseVerb);
            SearchHit hit = search.search(marker + " ネタバレ", SearchSort.RELEVANCE, 0, 10).hits().getFirst();
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "ネタバレ" + SearchHit.MARK_END);
        });
    }

    @Test
    void koreanWordsAreFoundWithoutTheirParticlesAndEndings() {
        asAdmin(() -> {
            // 스포일러를: the noun with an object particle, which nori separates and drops
            assertThat(ids("스포일러")).containsExactly(korean);
            assertThat(ids("주의")).containsExactly(korean);
            assertThat(ids("\"마지막 화\"")).containsExactly(korean);
            SearchHit hit = search.search(marker + " 스포일러", SearchSort.RELEVANCE, 0, 10).hits().getFirst();
            // the marker matched in "text", the noun in text_ko: both are marked
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "스포일러" + SearchHit.MARK_END + "를")
                    .contains(SearchHit.MARK_START + marker + SearchHit.MARK_END);
        });
    }

    @Test
    void latinScriptWordFormsAndAccents() {
        asAdmin(() -> {
            assertThat(ids("finales lang:es")).containsExactly(spanish);
            assertThat(ids("final lang:pt")).containsExactly(portuguese);
            assertThat(ids("pele")).containsExactly(portuguese);
            assertThat(ids("episodio")).containsExactly(portuguese);
            assertThat(ids("scene")).containsExactly(english);
            assertThat(ids("ana")).containsExactly(english);
            assertThat(ids("episode")).containsExactly(french);
            assertThat(ids("folge")).containsExactly(german);
            assertThat(ids("\"final de la temporada\"")).containsExactly(spanish);
            SearchHit hit = search.search(marker + " finales lang:es", SearchSort.RELEVANCE, 0, 10).hits()
                    .getFirst();
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "final" + SearchHit.MARK_END);
        });
    }

    @Test
    void aQueryWithoutLangFindsEveryLanguageAndLangFilters() {
        asAdmin(() -> {
            assertThat(ids("final")).containsExactlyInAnyOrder(spanish, portuguese, english);
            assertThat(ids("")).hasSize(8);
            assertThat(ids("lang:ja")).containsExactlyInAnyOrder(japanese, japaneseVerb);
            assertThat(ids("lang:pt")).containsExactly(portuguese);
            assertThat(ids("final -lang:en")).containsExactlyInAnyOrder(spanish, portuguese);
        });
    }

    private List<Long> ids(String query) {
        return search.search(marker + " " + query, SearchSort.RELEVANCE, 0, 50).hits().stream().map(SearchHit::id)
                .toList();
    }

    private void asAdmin(Runnable action) {
        AsStaff.run(Set.of(Role.ADMIN), Set.of("*"), action);
    }

    private long moment(Episode episode, Member creator, String caption, String language, String market) {
        return tx.execute(s -> {
            Moment moment = new Moment(em.merge(episode), 10, 40, caption, language, em.merge(creator),
                    Instant.parse("2026-11-01T12:00:00Z"), Set.of(market));
            em.persist(moment);
            return moment.getId();
        });
    }

    private long submission(Episode episode, Member creator, String body, String language, String market) {
        return tx.execute(s -> {
            Title title = em.merge(episode).getSeason().getTitle();
            FandomSubmission submission = new FandomSubmission(title, SubmissionKind.THEORY, body, null, language,
                    em.merge(creator), Instant.parse("2026-11-02T12:00:00Z"), Set.of(), Set.of(market));
            em.persist(submission);
            return submission.getId();
        });
    }
}
