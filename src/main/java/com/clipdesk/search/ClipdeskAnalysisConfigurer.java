package com.clipdesk.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers by name, referenced from the entities' mapping annotations.
 * "folded": Unicode word splitting (CJK ideographs become single-character tokens), lower case,
 * accents folded, so "Pelé" finds "pele" in every language we serve. Normalizer "folded": the same
 * for single-token keyword fields. Language-specific analyzers
 * (kuromoji, nori) come with the search issue.
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
    }
}
