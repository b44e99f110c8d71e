package com.clipdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTermsTest {

    @Test
    void aPhraseIsOneTerm() {
        assertThat(QueryTerms.of("  title:\"the end\"  storm -rain ")).containsExactly("title:\"the end\"", "storm",
                "-rain");
    }

    @Test
    void toggleAddsAMissingTokenAtTheEndAndRemovesAPresentOne() {
        assertThat(QueryTerms.toggle("lighthouse", "market:BR")).isEqualTo("lighthouse market:BR");
        assertThat(QueryTerms.toggle("", "market:BR")).isEqualTo("market:BR");
        assertThat(QueryTerms.toggle("market:BR lighthouse market:BR", "market:BR")).isEqualTo("lighthouse");
    }

    @Test
    void aTokenInsideAPhraseIsNotTheToken() {
        assertThat(QueryTerms.contains("\"market:BR is great\"", "market:BR")).isFalse();
        assertThat(QueryTerms.contains("kind:moment storm", "KIND:MOMENT")).isTrue();
    }
}
