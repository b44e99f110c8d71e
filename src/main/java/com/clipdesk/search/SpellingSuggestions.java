package com.clipdesk.search;

import com.clipdesk.content.SearchMapping;
import com.clipdesk.search.SearchQuery.Clause;
import com.clipdesk.search.SearchQuery.Text;
import com.clipdesk.search.SearchQuery.TextMatch;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
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
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": for a query that found nothing, the same query with its unknown words replaced by
 * the closest words of the index (Lucene's {@link DirectSpellChecker}, or the term suggester of an
 * OpenSearch cluster with the same settings: up to two edits, ranked by similarity and then by how
 * many documents hold the word). A correction is offered only when it
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
    private final SearchEngine engine;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggestions(EntityManagerFactory entityManagerFactory, SearchEngine engine) {
        this.entityManagerFactory = entityManagerFactory;
        this.engine = engine;
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
        List<String> terms = words.stream().map(word -> SnippetMarks.fold(word.text())).distinct().toList();
        Map<String, List<String>> unknown = engine.kind() == SearchEngine.Kind.LUCENE ? unknownInLucene(types, terms)
                : unknownOnCluster(types, terms);
        Map<Text, List<String>> corrections = new LinkedHashMap<>();
        for (Text word : words) {
            List<String> candidates = unknown.get(SnippetMarks.fold(word.text()));
            if (candidates == null) {
                continue; // a word of the index
            }
            if (candidates.isEmpty()) {
                return Optional.empty(); // nothing close: a correction of the other words would not help
            }
            corrections.put(word, candidates);
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

    /** The terms not in the index's vocabulary, each with its closest words (none when nothing is close). */
    private Map<String, List<String>> unknownInLucene(Collection<Class<?>> types, List<String> terms) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(types)
                .extension(LuceneExtension.get()).openIndexReader()) {
            for (String term : terms) {
                if (!known(reader, term)) {
                    unknown.put(term, candidates(reader, term));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unknown;
    }

    /**
     * The same on an OpenSearch cluster, one request per dictionary field over the indexes that have
     * it (a field missing from one index fails the suggester on its shards): a filter aggregation per
     * term says whether the vocabulary holds it, the term suggester (the DirectSpellChecker's settings:
     * up to two edits, first letter kept, words of at least four letters) proposes the closest words.
     */
    private Map<String, List<String>> unknownOnCluster(Collection<Class<?>> types, List<String> terms) {
        Map<String, List<SuggestWord>> found = new LinkedHashMap<>();
        terms.forEach(term -> found.put(term, new ArrayList<>()));
        var mapping = Search.mapping(entityManagerFactory);
        for (String field : FIELDS) {
            List<Class<?>> having = types.stream().filter(type -> mapping.indexedEntity(type).indexManager()
                    .descriptor().field(field).isPresent()).toList();
            if (having.isEmpty()) {
                continue;
            }
            JsonObject response = lookUp(having, field, terms);
            for (int i = 0; i < terms.size(); i++) {
                List<SuggestWord> words = found.get(terms.get(i));
                if (words == null) {
                    continue; // known through an earlier field
                }
                if (response.getAsJsonObject("aggregations").getAsJsonObject("w" + i).get("doc_count")
                        .getAsLong() > 0) {
                    found.remove(terms.get(i));
                    continue;
                }
                for (JsonElement entry : response.getAsJsonObject("suggest").getAsJsonArray("w" + i)) {
                    for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                        SuggestWord word = new SuggestWord();
                        word.string = option.getAsJsonObject().get("text").getAsString();
                        word.score = option.getAsJsonObject().get("score").getAsFloat();
                        word.freq = option.getAsJsonObject().get("freq").getAsInt();
                        words.add(word);
                    }
                }
            }
        }
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        found.forEach((term, words) -> unknown.put(term, ranked(words)));
        return unknown;
    }

    private JsonObject lookUp(List<Class<?>> types, String field, List<String> terms) {
        JsonObject aggregations = new JsonObject();
        JsonObject suggest = new JsonObject();
        for (int i = 0; i < terms.size(); i++) {
            JsonObject term = new JsonObject();
            term.addProperty(field, terms.get(i));
            JsonObject filter = new JsonObject();
            filter.add("term", term);
            JsonObject aggregation = new JsonObject();
            aggregation.add("filter", filter);
            aggregations.add("w" + i, aggregation);
            JsonObject options = new JsonObject();
            options.addProperty("field", field);
            options.addProperty("suggest_mode", "missing");
            options.addProperty("size", CANDIDATES);
            options.addProperty("max_edits", 2);
            options.addProperty("prefix_length", 1);
            options.addProperty("min_word_length", 4);
            options.addProperty("string_distance", "internal");
            JsonObject suggestion = new JsonObject();
            suggestion.addProperty("text", terms.get(i));
            suggestion.add("term", options);
            suggest.add("w" + i, suggestion);
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(types).extension(ElasticsearchExtension.get())
                    .where(f -> f.matchNone())
                    .requestTransformer(request -> {
                        request.body().add("aggs", aggregations);
                        request.body().add("suggest", suggest);
                    })
                    .fetch(0).responseBody();
        }
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
        return ranked(all);
    }

    private static List<String> ranked(List<SuggestWord> all) {
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
