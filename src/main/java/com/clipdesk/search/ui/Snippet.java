package com.clipdesk.search.ui;

import com.clipdesk.search.SearchHit;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A hit's snippet with its matched terms in {@code <mark>}. Built from text nodes, never from HTML:
 * the snippet is member-written text, so everything outside the markers stays plain text.
 */
class Snippet extends Span {

    Snippet(String marked) {
        addClassName("cd-search-snippet");
        int from = 0;
        while (from < marked.length()) {
            int start = marked.indexOf(SearchHit.MARK_START, from);
            if (start < 0) {
                text(marked.substring(from));
                break;
            }
            text(marked.substring(from, start));
            int end = marked.indexOf(SearchHit.MARK_END, start + 1);
            if (end < 0) {
                end = marked.length();
            }
            Element mark = new Element("mark");
            mark.setText(plain(marked.substring(start + 1, end)));
            getElement().appendChild(mark);
            from = end + 1;
        }
        setTitle(plain(marked));
    }

    private void text(String part) {
        if (!part.isEmpty()) {
            getElement().appendChild(Element.createText(plain(part)));
        }
    }

    /** Drops stray markers (an unbalanced end, a nested start). */
    private static String plain(String text) {
        return text.replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "");
    }
}
