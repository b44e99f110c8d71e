package com.clipdesk.notice;

import com.clipdesk.content.ContentKind;
import java.time.Instant;

/** A notice as staff see it on item and member pages. */
public record NoticeRow(long id, long memberId, NoticeKind kind, String language, String subject, String body,
        ContentKind itemKind, long itemId, String decisionReference, Instant createdAt, long templateVersion) {}
