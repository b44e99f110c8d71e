package com.clipdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clipdesk.search.SearchHit;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

class SnippetTest {

    private static final String S = SearchHit.MARK_START;
    private static final String E = SearchHit.MARK_END;

    @Test
    void markedTermsBecomeMarksAndEverythingElseStaysText() {
        Snippet snippet = new Snippet("the " + S + "lighthouse" + E + " at <b>night</b> & " + S + "storm" + E);
        assertThat(snippet.getElement().getChildren().filter(c -> !c.isTextNode() && c.getTag().equals("mark")).map(Element::getText))
                .containsExactly("lighthouse", "storm");
        String html = snippet.getElement().getOuterHTML();
        assertThat(html).contains("<mark>lighthouse</mark>").contains("&lt;b&gt;night&lt;/b&gt; &amp;")
                .doesNotContain("<b>");
    }

    @Test
    void anUnclosedMarkHighlightsTheRestAndStrayMarkersDisappear() {
        Snippet snippet = new Snippet("a" + E + "b " + S + "c" + S + "d");
        assertThat(snippet.getElement().getChildren().filter(c -> !c.isTextNode() && c.getTag().equals("mark")).map(Element::getText))
                .containsExactly("cd");
        assertThat(snippet.getElement().getTextRecursively()).isEqualTo("ab cd");
    }
}
