package com.clipdesk.search;

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
 */
public class ClipdeskAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("folded").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        // The same folding for keyword fields (creator handles): one token, case- and accent-insensitive
        context.normalizer("folded").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");

        // Latin-script languages: light (not aggressive) stemmers, so plurals and gender forms meet
        // without conflating unrelated words; they read accents, so folding comes after them. No stop
        // words: a query of only stop words would find nothing, and "folded" keeps them anyway.
        context.analyzer("en").custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive") // "Ana's" → "Ana"
                .tokenFilter("lowercase")
                .tokenFilter("englishMinimalStem") // plurals only: "scenes" → "scene"
                .tokenFilter("asciiFolding");
        context.analyzer("es").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("spanishLightStem") // "finales" → "final"
                .tokenFilter("asciiFolding");
        context.analyzer("pt").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("portugueseLightStem") // "finais" → "final"
                .tokenFilter("asciiFolding");
        context.analyzer("fr").custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true") // "l'épisode" → "épisode"
                .tokenFilter("lowercase")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer("de").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("germanNormalization") // ä/ae, ß/ss spelled either way
                .tokenFilter("germanLightStem")
                .tokenFilter("asciiFolding");

        // Japanese (kuromoji): morphological tokenizer; "search" mode splits long compounds and drops
        // the compound token, so phrases stay position-consistent. Base form: 食べた finds 食べる.
        // cjkWidth: full-width Latin and half-width katakana as their usual forms. Part-of-speech stop:
        // particles and auxiliaries (Lucene's default tag list). Katakana stem: コンピューター = コンピュータ.
        context.analyzer("ja").custom()
                .tokenizer("japanese")
                        .param("mode", "search")
                        .param("discardCompoundToken", "true")
                .tokenFilter("japaneseBaseForm")
                .tokenFilter("japanesePartOfSpeechStop")
                        .param("tags", "org/apache/lucene/analysis/ja/stoptags.txt")
                .tokenFilter("cjkWidth")
                .tokenFilter("japaneseKatakanaStem")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");

        // Korean (nori): morphological tokenizer; compounds decomposed and the compound discarded
        // (phrases stay position-consistent); part-of-speech stop removes particles and endings
        // (Lucene's default tags), so 스포일러를 finds 스포일러.
        context.analyzer("ko").custom()
                .tokenizer("korean")
                        .param("decompoundMode", "discard")
                .tokenFilter("koreanPartOfSpeechStop")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
