package com.clipdesk.review;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A decision as case pages list it. */
public record DecisionLine(long id, long caseId, ContentKind kind, long subjectId, Disposition disposition,
        boolean markSpoiler, String reasonCode, String reasonLabel, @Nullable String note, String decidedBy,
        String decidedByName, Instant decidedAt, boolean bulk) {}
