package com.clipdesk.search;

import com.clipdesk.content.SearchMapping;
import com.clipdesk.search.SearchQuery.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Marks what a query matched in a hit's text, for the snippet, the way the index matched it: each
 * word and phrase word as the language-neutral "folded" analyzer and as the hit's own language's
 * analyzer read it ("finales" typed finds and marks "final" in Spanish; 스포일러 marks 스포일러 in
 * 스포일러를), prefixes and fuzzy words on the folded words.
 *
 * <p>Why not Lucene's highlighter: run per field (the text and seven language fields), it was half
 * the time of a results page, and it re-runs the whole query against one field at a time, so a
 * word matched in a language field and another in "text" left nothing marked at all. Marking here
 * costs one or two analyses of each hit's short text on the page.
 */
@Component
class SnippetMarks {

    private static final String FOLDED = "folded";

    /** The index's analyzers, built locally: the same analysis whichever engine holds the index. */
    private final Map<String, Analyzer> analyzers = ClipdeskAnalysisConfigurer.analyzers();

    /** What to mark for one query; null when the query has no free text (nothing to mark). */
    @Nullable Marker marker(SearchQuery query) {
        List<String> words = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<CharacterRunAutomaton> fuzzy = new ArrayList<>();
        for (var clause : query.clauses()) {
            if (!(clause instanceof Text t) || t.excluded()) {
                continue;
            }
            switch (t.match()) {
                case WORD, PHRASE -> words.add(t.text());
                case PREFIX -> prefixes.add(fold(t.text()));
                case FUZZY -> {
                    String folded = fold(t.text());
                    // as the fuzzy predicate: up to two edits, a transposition counting as one
                    fuzzy.add(new CharacterRunAutomaton(new LevenshteinAutomata(folded, true)
                            .toAutomaton(Math.min(2, Math.max(0, folded.length() - 1)))));
                }
            }
        }
        if (words.isEmpty() && prefixes.isEmpty() && fuzzy.isEmpty()) {
            return null;
        }
        return new Marker(words, prefixes, fuzzy);
    }

    /**
     * The text with {@link SearchHit#MARK_START}/{@link SearchHit#MARK_END} around each matched
     * token; the text unchanged when nothing in it matched (the match was in the title, say).
     */
    String mark(Marker marker, String text, @Nullable String language) {
        if (text.isEmpty()) {
            return text;
        }
        Map<Integer, Integer> spans = new HashMap<>();
        Analyzer folded = analyzer(FOLDED);
        if (folded != null) {
            Set<String> wanted = marker.wanted(FOLDED, folded);
            tokens(folded, text, (term, start, end) -> {
                if (wanted.contains(term) || marker.prefixes.stream().anyMatch(term::startsWith)
                        || marker.fuzzy.stream().anyMatch(a -> a.run(term))) {
                    spans.merge(start, end, Math::max);
                }
            });
        }
        String code = SearchMapping.servedLanguage(language);
        Analyzer own = code == null ? null : analyzer(code);
        if (own != null && !marker.words.isEmpty()) {
            Set<String> wanted = marker.wanted(code, own);
            tokens(own, text, (term, start, end) -> {
                if (wanted.contains(term)) {
                    spans.merge(start, end, Math::max);
                }
            });
        }
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4 * spans.size());
        int copied = 0;
        for (int start : spans.keySet().stream().sorted().toList()) {
            int end = Math.min(spans.get(start), text.length());
            if (start < copied || start >= end) {
                continue; // inside the previous mark (overlapping tokens)
            }
            out.append(text, copied, start).append(SearchHit.MARK_START).append(text, start, end)
                    .append(SearchHit.MARK_END);
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private @Nullable Analyzer analyzer(String name) {
        return analyzers.get(name);
    }

    /** The query's words as each analyzer reads them, worked out once per analyzer and query. */
    static final class Marker {

        private final List<String> words;
        private final List<String> prefixes;
        private final List<CharacterRunAutomaton> fuzzy;
        private final Map<String, Set<String>> wantedByAnalyzer = new HashMap<>();

        private Marker(List<String> words, List<String> prefixes, List<CharacterRunAutomaton> fuzzy) {
            this.words = words;
            this.prefixes = prefixes;
            this.fuzzy = fuzzy;
        }

        private Set<String> wanted(String name, Analyzer analyzer) {
            return wantedByAnalyzer.computeIfAbsent(name, n -> {
                Set<String> terms = new HashSet<>();
                words.forEach(word -> tokens(analyzer, word, (term, start, end) -> terms.add(term)));
                return terms;
            });
        }
    }

    private interface TokenSink {
        void token(String term, int start, int end);
    }

    private static void tokens(Analyzer analyzer, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream(SearchMapping.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.token(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // text in memory: does not happen
        }
    }

    /** What the "folded" analyzer does to a word (prefixes and fuzzy words are not analyzed by Lucene). */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
