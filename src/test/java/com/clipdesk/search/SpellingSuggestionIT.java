package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.TestData;
import com.clipdesk.catalog.Episode;
import com.clipdesk.member.Member;
import com.clipdesk.staff.Role;
import com.clipdesk.support.AsStaff;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Did you mean": a query that finds nothing gets the correction that finds something, and never one
 * that would only find items outside the staff member's markets.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpellingSuggestionIT {

    @Autowired
    TestData data;

    @Autowired
    SearchService search;

    /** Invented words (letters only, so the spell checker considers them), unique to this run. */
    String brazilian;
    String french;

    @BeforeAll
    void fixtures() {
        data.markets("BR", "FR");
        Random random = new Random(System.nanoTime());
        brazilian = word(random);
        french = word(random);
        Episode episode = data.episode("Quillon " + brazilian, 1800);
        Member creator = data.member("BR");
        data.moment(episode, creator, "the " + brazilian + " scene at the harbour", Set.of("BR"));
        data.moment(episode, creator, "a " + french + " moment in Paris", Set.of("FR"));
    }

    @Test
    void aMisspeltWordIsCorrectedToTheWordThatFindsSomething() {
        asBrazil(() -> {
            String typo = swapMiddle(brazilian);
            SearchResult result = search.search(typo + " market:BR", SearchSort.RELEVANCE, 0, 20);
            assertThat(result.total()).isZero();
            assertThat(result.suggestion()).as("the filters stay, the word is corrected")
                    .isEqualTo(brazilian + " market:BR");
            assertThat(search.search(result.suggestion(), SearchSort.RELEVANCE, 0, 20).total()).isEqualTo(1);
        });
    }

    @Test
    void noSuggestionWhenTheQueryFindsSomethingOrNothingIsClose() {
        asBrazil(() -> {
            assertThat(search.search(brazilian, SearchSort.RELEVANCE, 0, 20).suggestion()).isNull();
            assertThat(search.search("zzzzqqqqxxxx", SearchSort.RELEVANCE, 0, 20).suggestion()).isNull();
            assertThat(search.search("\"" + swapMiddle(brazilian) + " scene\"", SearchSort.RELEVANCE, 0, 20)
                    .suggestion()).as("phrases are taken as typed").isNull();
        });
    }

    @Test
    void aCorrectionThatOnlyFindsItemsOutsideTheMarketsIsNotOffered() {
        String typo = swapMiddle(french);
        asBrazil(() -> assertThat(search.search(typo, SearchSort.RELEVANCE, 0, 20).suggestion()).isNull());
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("FR"),
                () -> assertThat(search.search(typo, SearchSort.RELEVANCE, 0, 20).suggestion()).isEqualTo(french));
    }

    private void asBrazil(Runnable action) {
        AsStaff.run(Set.of(Role.MODERATOR), Set.of("BR"), action);
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder("vor");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    /** One transposition in the middle: two edits for Levenshtein, one for Damerau (Lucene's default). */
    private static String swapMiddle(String word) {
        char[] c = word.toCharArray();
        int i = c.length / 2;
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        if (c[i] == c[i + 1]) {
            c[i] = c[i] == 'x' ? 'y' : 'x'; // swapping equal letters changes nothing: change one instead
        }
        return new String(c);
    }
}
