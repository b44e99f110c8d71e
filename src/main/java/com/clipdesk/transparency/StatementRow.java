package com.clipdesk.transparency;

import com.clipdesk.content.ContentKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A statement as the export page lists it. */
public record StatementRow(long id, String puid, DecisionKind decisionKind, long decisionId, @Nullable Long caseId, ContentKind subjectKind, long subjectId,
        Instant decidedAt, String markets, boolean eu, String category, String ground, List<String> visibility,
        List<String> territorialScope) {}
