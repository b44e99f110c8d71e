package com.clipdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers by name, referenced from the entities' mapping annotations (content/SearchMapping lists
 * the languages and their fields).
 * <ul>
 * <li>"folded": Unicode word splitting (CJK ideographs become single-character tokens), lower case,
 * accents folded, so "Pelé" finds "pele" in every language we serve. Every document's text goes
 * through it: the language-neutral fallback, and the only analyzer for prefixes and typos.
 * <li>One analyzer per language we serve, named by its ISO 639-1 code ("en", "es", "pt", "fr", "de",
 * "ja", "ko"): each document's text is analyzed a second time by the analyzer of its language, so
 * word forms ("finales" → "final") and Japanese/Korean words (which have no spaces to split on)
 * match.
 * </ul>
 * Normalizer "folded": the same folding for single-token keyword fields.
 *
 * <p>The analyzers are built here as Lucene analyzers ({@link #analyzers()}) and handed to the
 * embedded backend as instances, so the search module marks snippets with the very same analysis on
 * every engine; {@link ClipdeskElasticsearchAnalysisConfigurer} defines them for an OpenSearch cluster.
 */
public class ClipdeskAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        analyzers().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        // The same folding for keyword fields (creator handles): one token, case- and accent-insensitive
        context.normalizer("folded").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /** New instances of every analyzer, by name. */
    static Map<String, Analyzer> analyzers() {
        try {
            Map<String, Analyzer> analyzers = new LinkedHashMap<>();
            analyzers.put("folded", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build());

            // Latin-script languages: light (not aggressive) stemmers, so plurals and gender forms meet
            // without conflating unrelated words; they read accents, so folding comes after them. No stop
            // words: a query of only stop words would find nothing, and "folded" keeps them anyway.
            analyzers.put("en", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive") // "Ana's" → "Ana"
                    .addTokenFilter("lowercase")
                    .addTokenFilter("englishMinimalStem") // plurals only: "scenes" → "scene"
                    .addTokenFilter("asciiFolding")
                    .build());
            analyzers.put("es", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("spanishLightStem") // "finales" → "final"
                    .addTokenFilter("asciiFolding")
                    .build());
            analyzers.put("pt", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("portugueseLightStem") // "finais" → "final"
                    .addTokenFilter("asciiFolding")
                    .build());
            analyzers.put("fr", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "ignoreCase", "true") // "l'épisode" → "épisode"
                    .addTokenFilter("lowercase")
                    .addTokenFilter("frenchLightStem")
                    .addTokenFilter("asciiFolding")
                    .build());
            analyzers.put("de", builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("germanNormalization") // ä/ae, ß/ss spelled either way
                    .addTokenFilter("germanLightStem")
                    .addTokenFilter("asciiFolding")
                    .build());

            // Japanese (kuromoji): morphological tokenizer; "search" mode splits long compounds and drops
            // the compound token, so phrases stay position-consistent. Base form: 食べた finds 食べる.
            // cjkWidth: full-width Latin and half-width katakana as their usual forms. Part-of-speech stop:
            // particles and auxiliaries (Lucene's default tag list). Katakana stem: コンピューター = コンピュータ.
            analyzers.put("ja", builder()
                    .withTokenizer("japanese", "mode", "search", "discardCompoundToken", "true")
                    .addTokenFilter("japaneseBaseForm")
                    .addTokenFilter("japanesePartOfSpeechStop", "tags", "org/apache/lucene/analysis/ja/stoptags.txt")
                    .addTokenFilter("cjkWidth")
                    .addTokenFilter("japaneseKatakanaStem")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build());

            // Korean (nori): morphological tokenizer; compounds decomposed and the compound discarded
            // (phrases stay position-consistent); part-of-speech stop removes particles and endings
            // (Lucene's default tags), so 스포일러를 finds 스포일러.
            analyzers.put("ko", builder()
                    .withTokenizer("korean", "decompoundMode", "discard")
                    .addTokenFilter("koreanPartOfSpeechStop")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build());
            return analyzers;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search analyzers", e); // resources on the classpath
        }
    }

    private static CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(ClipdeskAnalysisConfigurer.class.getClassLoader()));
    }
}
