package com.clipdesk.notice;

import java.time.Instant;

/** A template as the editor shows it. */
public record NoticeTemplateView(long id, NoticeKind kind, String language, String subject, String body, long version,
        String updatedBy, Instant updatedAt) {}
