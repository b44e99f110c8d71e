package com.clipdesk.search;

import com.clipdesk.content.SearchMapping;
import com.clipdesk.search.SearchQuery.Clause;
import com.clipdesk.search.SearchQuery.Text;
import com.clipdesk.search.SearchQuery.TextMatch;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a query that found nothing, the same query with its unknown words replaced by
 * the closest words of the index (Lucene's {@link DirectSpellChecker}: up to two edits, ranked by
 * similarity and then by how many documents hold the word). A correction is offered only when it
 * finds something for this staff member ({@code hasHits} runs it with their scope), so it never
 * hints at words that only appear outside their markets or kinds.
 */
@Component
class SpellingSuggestions {

    /** Index fields whose vocabulary serves as the dictionary ("folded": lower case, accents folded). */
    private static final List<String> FIELDS = List.of(SearchMapping.TEXT, "titleName");
    private static final int CANDIDATES = 3;
    private static final int MAX_ATTEMPTS = 4;

    private final EntityManagerFactory entityManagerFactory;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggestions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * @param raw the query as typed; the correction keeps everything but the misspelt words
     * @param types the indexed types this staff member searches
     * @param hasHits whether a corrected query finds anything for this staff member
     */
    Optional<String> correct(String raw, SearchQuery parsed, Collection<Class<?>> types, Predicate<String> hasHits) {
        List<Text> words = parsed.clauses().stream().filter(SpellingSuggestions::checkable).map(Text.class::cast)
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Map<Text, List<String>> corrections = new LinkedHashMap<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(types)
                .extension(LuceneExtension.get()).openIndexReader()) {
            for (Text word : words) {
                String term = SnippetMarks.fold(word.text());
                if (known(reader, term)) {
                    continue;
                }
                List<String> candidates = candidates(reader, term);
                if (candidates.isEmpty()) {
                    return Optional.empty(); // nothing close: a correction of the other words would not help
                }
                corrections.put(word, candidates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        // the best candidate for every word first, then the runners-up of each word in turn
        List<Map<Text, String>> attempts = new ArrayList<>();
        Map<Text, String> best = new LinkedHashMap<>();
        corrections.forEach((word, candidates) -> best.put(word, candidates.getFirst()));
        attempts.add(best);
        corrections.forEach((word, candidates) -> candidates.stream().skip(1).forEach(other -> {
            Map<Text, String> attempt = new LinkedHashMap<>(best);
            attempt.put(word, other);
            attempts.add(attempt);
        }));
        return attempts.stream().limit(MAX_ATTEMPTS).map(attempt -> rewrite(raw, attempt)).filter(hasHits)
                .findFirst();
    }

    /** Plain words in a script whose words the standard tokenizer keeps whole (not CJK ideographs). */
    private static boolean checkable(Clause clause) {
        return clause instanceof Text t && t.match() == TextMatch.WORD && !t.excluded()
                && t.text().length() >= 4 && t.text().codePoints().allMatch(Character::isLetter)
                && t.text().codePoints().noneMatch(SpellingSuggestions::ideographic);
    }

    private static boolean ideographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    private static boolean known(IndexReader reader, String term) throws IOException {
        for (String field : FIELDS) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    private List<String> candidates(IndexReader reader, String term) throws IOException {
        List<SuggestWord> all = new ArrayList<>();
        for (String field : FIELDS) {
            all.addAll(List.of(checker.suggestSimilar(new Term(field, term), CANDIDATES, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)));
        }
        return all.stream()
                .sorted(Comparator.comparingDouble((SuggestWord w) -> -w.score).thenComparingInt(w -> -w.freq))
                .map(w -> w.string).distinct().limit(CANDIDATES).toList();
    }

    /** The typed query with each corrected word replaced where it stands. */
    private static String rewrite(String raw, Map<Text, String> corrections) {
        StringBuilder out = new StringBuilder(raw);
        corrections.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Text, String> e) -> e.getKey().position()).reversed())
                .forEach(e -> {
                    int at = e.getKey().position();
                    int end = at + e.getKey().text().length();
                    if (end <= out.length() && out.substring(at, end).equals(e.getKey().text())) {
                        out.replace(at, end, e.getValue());
                    }
                });
        return out.toString();
    }
}
