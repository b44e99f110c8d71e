package com.clipdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clipdesk.search.SearchQuery.DateRange;
import com.clipdesk.search.SearchQuery.Field;
import com.clipdesk.search.SearchQuery.Keyword;
import com.clipdesk.search.SearchQuery.NumberRange;
import com.clipdesk.search.SearchQuery.Text;
import com.clipdesk.search.SearchQuery.TextMatch;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void emptyOrBlankQueryMeansEverything() {
        assertThat(QueryParser.parse("").isEmpty()).isTrue();
        assertThat(QueryParser.parse("   ").isEmpty()).isTrue();
        assertThat(QueryParser.parse(null).isEmpty()).isTrue();
    }

    @Test
    void wordsPhrasesAndExclusions() {
        assertThat(QueryParser.parse("goal  \"last minute\" -spoiler -\"red card\"").clauses()).containsExactly(
                new Text("goal", TextMatch.WORD, false, 0),
                new Text("last minute", TextMatch.PHRASE, false, 6),
                new Text("spoiler", TextMatch.WORD, true, 20),
                new Text("red card", TextMatch.PHRASE, true, 29));
    }

    @Test
    void prefixAndFuzzy() {
        assertThat(QueryParser.parse("spoi* marigold~").clauses()).containsExactly(
                new Text("spoi", TextMatch.PREFIX, false, 0),
                new Text("marigold", TextMatch.FUZZY, false, 6));
    }

    @Test
    void keywordFieldsAreCaseInsensitive() {
        assertThat(QueryParser.parse("market:br Kind:Submission state:pending lang:PT-br creator:M-AbC -market:fr")
                .clauses()).containsExactly(
                        new Keyword(Field.MARKET, "BR", false, 0),
                        new Keyword(Field.KIND, "submission", false, 10),
                        new Keyword(Field.STATE, "PENDING_REVIEW", false, 26),
                        new Keyword(Field.LANG, "pt-BR", false, 40),
                        new Keyword(Field.CREATOR, "m-abc", false, 51),
                        new Keyword(Field.MARKET, "FR", true, 65));
        assertThat(QueryParser.parse("kind:moment state:active state:removed").clauses()).extracting("value")
                .containsExactly("moment", "ACTIVE", "REMOVED");
    }

    @Test
    void titleTakesAQuotedName() {
        assertThat(QueryParser.parse("title:\"Operation Marigold\" goal").clauses()).containsExactly(
                new Keyword(Field.TITLE, "Operation Marigold", false, 0),
                new Text("goal", TextMatch.WORD, false, 27));
        assertThat(QueryParser.parse("-title:Marigold").clauses())
                .containsExactly(new Keyword(Field.TITLE, "Marigold", true, 0));
    }

    @Test
    void numberComparisonsBecomeInclusiveBounds() {
        assertThat(QueryParser.parse("reports:>3 reports:>=3 reports:<2 reports:5 shares:>100 shares:<=7").clauses())
                .containsExactly(
                        new NumberRange(Field.REPORTS, 4, Long.MAX_VALUE, false, 0),
                        new NumberRange(Field.REPORTS, 3, Long.MAX_VALUE, false, 11),
                        new NumberRange(Field.REPORTS, Long.MIN_VALUE, 1, false, 23),
                        new NumberRange(Field.REPORTS, 5, 5, false, 34),
                        new NumberRange(Field.SHARES, 101, Long.MAX_VALUE, false, 44),
                        new NumberRange(Field.SHARES, Long.MIN_VALUE, 7, false, 56));
    }

    @Test
    void dateRangesWithOptionalEnds() {
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        LocalDate feb1 = LocalDate.of(2026, 2, 1);
        assertThat(QueryParser.parse("created:2026-01-01..2026-02-01 created:2026-01-01.. created:..2026-02-01 "
                + "created:2026-01-01").clauses()).containsExactly(
                        new DateRange(jan1, feb1, false, 0),
                        new DateRange(jan1, null, false, 31),
                        new DateRange(null, feb1, false, 52),
                        new DateRange(jan1, jan1, false, 73));
    }

    @Test
    void timecodesAreWordsNotFields() {
        assertThat(QueryParser.parse("12:01").clauses()).containsExactly(new Text("12:01", TextMatch.WORD, false, 0));
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        error("goal colour:red", 5).hasMessageContaining("Unknown field \"colour\"")
                .hasMessageContaining("market, kind, state, lang, title, reports, shares, created, creator");
    }

    @Test
    void unclosedQuote() {
        error("goal \"last minute", 5).hasMessageContaining("not closed");
        error("title:\"Marigold", 6).hasMessageContaining("not closed");
    }

    @Test
    void emptyPhraseAndDanglingExclusion() {
        error("a \"\" b", 2).hasMessageContaining("Empty quotes");
        error("goal - spoiler", 5).hasMessageContaining("Nothing to exclude");
    }

    @Test
    void wildcards() {
        error("goal *ball", 5).hasMessageContaining("cannot start with *").hasMessageContaining("at least 3");
        error("go*", 0).hasMessageContaining("at least 3 letters");
        error("foo*bar", 3).hasMessageContaining("only allowed at the end");
        error("~foo", 0).hasMessageContaining("after a word");
    }

    @Test
    void badValues() {
        error("created:2026-13-01", 8).hasMessageContaining("not a date");
        error("created:2026-01-01..tomorrow", 20).hasMessageContaining("\"tomorrow\" is not a date");
        error("created:2026-02-01..2026-01-01", 8).hasMessageContaining("comes after");
        error("created:..", 8).hasMessageContaining("at least one date");
        error("reports:>many", 9).hasMessageContaining("not a whole number");
        error("shares:-1", 7).hasMessageContaining("not a whole number");
        error("kind:episode", 5).hasMessageContaining("moment, submission, message, recommendation or report");
        error("state:resolved", 6).hasMessageContaining("active, pending or removed");
        error("market:", 7).hasMessageContaining("needs a value");
        error("market:B*R", 7).hasMessageContaining("not a market code");
    }

    @Test
    void limits() {
        error("a".repeat(501), 500).hasMessageContaining("at most 500 characters");
        assertThat(QueryParser.parse("w ".repeat(32)).clauses()).hasSize(32);
        error("w ".repeat(33), 64).hasMessageContaining("at most 32");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> error(String query, int position) {
        return assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).as("position").isEqualTo(position));
    }

    @Test
    void newKindsReasonsSpoilersAndReportStates() {
        assertThat(QueryParser.parse("kind:Message kind:recommendations kind:REPORT kind:moments kind:submission")
                .clauses()).extracting("value")
                .containsExactly("message", "recommendation", "report", "moment", "submission");
        assertThat(QueryParser.parse("reason:spam reason:Child_Safety reason:self-harm -reason:HATE").clauses())
                .containsExactly(
                        new Keyword(Field.REASON, "SPAM", false, 0),
                        new Keyword(Field.REASON, "CHILD_SAFETY", false, 12),
                        new Keyword(Field.REASON, "SELF_HARM", false, 32),
                        new Keyword(Field.REASON, "HATE", true, 49));
        assertThat(QueryParser.parse("spoiler:yes spoiler:NO -spoiler:true").clauses()).containsExactly(
                new Keyword(Field.SPOILER, "true", false, 0),
                new Keyword(Field.SPOILER, "false", false, 12),
                new Keyword(Field.SPOILER, "true", true, 23));
        assertThat(QueryParser.parse("state:open state:Closed").clauses()).extracting("value")
                .containsExactly("OPEN", "CLOSED");
    }

    @Test
    void badKindsReasonsAndSpoilersSayWhatIsAllowed() {
        assertThatThrownBy(() -> QueryParser.parse("kind:chat")).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("kind: is moment, submission, message, recommendation or report, not \"chat\"");
        assertThatThrownBy(() -> QueryParser.parse("goal reason:rudeness"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("reason: is one of child_safety, violent_threat, self_harm, hate, harassment")
                .hasMessageContaining("spam, other, not \"rudeness\"")
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(12);
        assertThatThrownBy(() -> QueryParser.parse("spoiler:maybe")).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("spoiler: is yes or no, not \"maybe\"");
        assertThatThrownBy(() -> QueryParser.parse("reason:")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("reason: needs a value, e.g. reason:spam");
        assertThatThrownBy(() -> QueryParser.parse("state:resolved")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("reports: open or closed");
    }
}
