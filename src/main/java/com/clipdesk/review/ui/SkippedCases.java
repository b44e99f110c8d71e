package com.clipdesk.review.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cases the reviewer skipped (or moved past) in this session: "next" passes over them until the
 * queue is clear, so skipping does not bring the same case straight back.
 */
final class SkippedCases implements Serializable {

    private final Set<Long> ids = new LinkedHashSet<>();

    static SkippedCases of(VaadinSession session) {
        SkippedCases skipped = session.getAttribute(SkippedCases.class);
        if (skipped == null) {
            skipped = new SkippedCases();
            session.setAttribute(SkippedCases.class, skipped);
        }
        return skipped;
    }

    void add(long caseId) {
        ids.add(caseId);
    }

    List<Long> ids() {
        return List.copyOf(ids);
    }

    void clear() {
        ids.clear();
    }
}
