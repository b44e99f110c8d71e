package com.clipdesk.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers and the normalizer of {@link ClipdeskAnalysisConfigurer}, with the same names and
 * behaviour, for an OpenSearch (or Elasticsearch) cluster: the same Lucene components under the
 * cluster's names. "ja" and "ko" need the analysis-kuromoji and analysis-nori plugins on every node
 * (bundled with the OpenSearch distribution images; docs/search.md). Both part-of-speech filters
 * use Lucene's default stop tags, as on the embedded engine.
 */
public class ClipdeskElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("folded").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer("folded").custom()
                .tokenFilters("lowercase", "asciifolding");

        context.tokenFilter("clipdesk_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("clipdesk_english_minimal").type("stemmer").param("language", "minimal_english");
        context.analyzer("en").custom()
                .tokenizer("standard")
                .tokenFilters("clipdesk_english_possessive", "lowercase", "clipdesk_english_minimal", "asciifolding");
        context.tokenFilter("clipdesk_spanish_light").type("stemmer").param("language", "light_spanish");
        context.analyzer("es").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "clipdesk_spanish_light", "asciifolding");
        context.tokenFilter("clipdesk_portuguese_light").type("stemmer").param("language", "light_portuguese");
        context.analyzer("pt").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "clipdesk_portuguese_light", "asciifolding");
        // the articles Lucene's elision filter removes by default (FrenchAnalyzer.DEFAULT_ARTICLES)
        context.tokenFilter("clipdesk_french_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("clipdesk_french_light").type("stemmer").param("language", "light_french");
        context.analyzer("fr").custom()
                .tokenizer("standard")
                .tokenFilters("clipdesk_french_elision", "lowercase", "clipdesk_french_light", "asciifolding");
        context.tokenFilter("clipdesk_german_light").type("stemmer").param("language", "light_german");
        context.analyzer("de").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "german_normalization", "clipdesk_german_light", "asciifolding");

        context.tokenizer("clipdesk_kuromoji").type("kuromoji_tokenizer")
                .param("mode", "search")
                .param("discard_compound_token", true);
        context.analyzer("ja").custom()
                .tokenizer("clipdesk_kuromoji")
                .tokenFilters("kuromoji_baseform", "kuromoji_part_of_speech", "cjk_width", "kuromoji_stemmer",
                        "lowercase", "asciifolding");

        context.tokenizer("clipdesk_nori").type("nori_tokenizer").param("decompound_mode", "discard");
        context.analyzer("ko").custom()
                .tokenizer("clipdesk_nori")
                .tokenFilters("nori_part_of_speech", "lowercase", "asciifolding");
    }
}
