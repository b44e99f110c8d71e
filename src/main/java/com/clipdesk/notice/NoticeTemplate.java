package com.clipdesk.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The text of one kind of notice in one language, with {@code {{placeholders}}}. */
@Entity
@Table(name = "notice_template")
class NoticeTemplate {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoticeKind kind;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NoticeTemplate() {}

    NoticeTemplate(NoticeKind kind, String language, String subject, String body, String by, Instant at) {
        this.kind = kind;
        this.language = language;
        rewrite(subject, body, by, at);
    }

    /** New text; the caller validated it ({@link NoticeText#problems}). */
    void rewrite(String subject, String body, String by, Instant at) {
        this.subject = subject;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    NoticeKind getKind() {
        return kind;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    long getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    NoticeTemplateView view() {
        return new NoticeTemplateView(id, kind, language, subject, body, version, updatedBy, updatedAt);
    }
}
